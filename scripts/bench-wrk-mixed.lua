-- wrk script for scripts/bench-dashboards.sh: a mixed load. Each request takes the next path of
-- PATHS (dashboard pages, a chart, downloads and the results API) in turn; the login cookie comes
-- from wrk's -H. Reports like bench-wrk-report.lua (one RESULT line).
local paths = {}
for p in string.gmatch(os.getenv("PATHS") or "/", "[^ ]+") do
  paths[#paths + 1] = p
end
local i = 0
request = function()
  i = i % #paths + 1
  return wrk.format("GET", paths[i])
end
dofile(os.getenv("REPORT_LUA"))
