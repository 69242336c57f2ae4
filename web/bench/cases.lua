-- wrk script: random case pages of the synthetic 100,000-case data set, signed in (COOKIE from env).
local cookie = os.getenv("COOKIE")
local n = tonumber(os.getenv("CASES") or "100000")
math.randomseed(20261129)
request = function()
  local path = string.format("/cases/C-%06d", math.random(1, n))
  return wrk.format("GET", path, { ["Cookie"] = cookie })
end
