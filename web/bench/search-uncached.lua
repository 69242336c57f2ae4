-- wrk script: like search.lua, but each request asks one of 2,240 different queries (two words and a year), so
-- most miss the server's query and result caches (512 answers, 1,024 analysed queries): the cost of a real
-- Lucene search per request. Signed in (COOKIE from env).
local cookie = os.getenv("COOKIE")
local words = { "%EB%B8%8C%EB%A1%9C%EC%BB%A4", "%EB%85%B8%EB%9E%98%EB%B0%A9", "%EB%91%90%EB%A7%8C%EA%B0%95",
                "%E4%B8%AD%E4%BB%8B", "%E5%86%9C%E6%9D%91", "broker", "shelter", "farmer" }
math.randomseed(20261129)
request = function()
  local q = words[math.random(1, #words)] .. "+" .. words[math.random(1, #words)] .. "+" .. math.random(1990, 2024)
  return wrk.format("GET", "/api/search?q=" .. q, { ["Cookie"] = cookie })
end
