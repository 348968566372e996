using Samverkan.Analytics.Ingestion.Tests.Support;

namespace Samverkan.Analytics.Ingestion.Tests.Csv;

public sealed partial class CsvFileReaderTests
{
    [Fact]
    public void Read_NeverThrows_WhenBytesAreMutated()
    {
        var seed = Some.Cp1252(
            "Område;År;Fråga;Svarande;Positiva;Andel;Undersökning\r\n" +
            "Spånga-Tensta;2020;otrygg-ute-sen-kvall;1 234;\"12\";23,5;stockholm-trygghetsmatning\r\n" +
            "Järva;2024;q;..;.;XX;\r\n");
        byte[] alphabet = [(byte)';', (byte)',', (byte)'\t', (byte)'"', (byte)'\r', (byte)'\n', (byte)'-', (byte)'.', 0xE5, 0xC3, 0xA5, 0xEF, 0xBB, 0xBF, 0x00, (byte)'9'];
        var random = new Random(20240111);
        for (var round = 0; round < 2000; round++)
        {
            var bytes = seed.ToList();
            for (var k = random.Next(1, 6); k > 0 && bytes.Count > 0; k--)
            {
                var at = random.Next(bytes.Count);
                switch (random.Next(3))
                {
                    case 0:
                        bytes[at] = alphabet[random.Next(alphabet.Length)];
                        break;
                    case 1:
                        bytes.Insert(at, alphabet[random.Next(alphabet.Length)]);
                        break;
                    default:
                        bytes.RemoveAt(at);
                        break;
                }
            }

            var file = Some.Read(bytes.ToArray());

            Assert.All(file.Issues, i => Assert.False(string.IsNullOrWhiteSpace(i.Message)));
            Assert.True(file.IsRejected || file.Observations.Count + file.Warnings.Count() >= 1 || file.RowCount == 0);
        }
    }
}
