Console.WriteLine("samverkan");
