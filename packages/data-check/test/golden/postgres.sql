-- mlguard data-check: suite suite.yml compiled for postgres
SELECT
  count(*) AS "e0_n",
  count(*) FILTER (WHERE "amount" IS NULL) AS "e0_missing",
  count(*) FILTER (WHERE "amount" IS NULL) AS "e0_unexpected",
  count(*) AS "e1_n",
  count(*) FILTER (WHERE "amount" IS NULL) AS "e1_missing",
  count(*) FILTER (WHERE "amount" IS NOT NULL AND NOT COALESCE("amount" >= 0 AND "amount" < 20000, FALSE)) AS "e1_unexpected",
  count(*) AS "e2_n",
  count(*) FILTER (WHERE "country" IS NULL) AS "e2_missing",
  count(*) FILTER (WHERE "country" IS NOT NULL AND NOT COALESCE("country" IN ('DE', 'O''Brien'), FALSE)) AS "e2_unexpected",
  count(*) AS "e3_n",
  count(*) FILTER (WHERE "customer_id" IS NULL) AS "e3_missing",
  count(*) FILTER (WHERE "customer_id" IS NOT NULL AND NOT COALESCE(("customer_id" ~ '^C[0-9]{6}$'), FALSE)) AS "e3_unexpected",
  count(*) AS "e4_n",
  count(*) FILTER (WHERE "country" IS NULL) AS "e4_missing",
  count(*) FILTER (WHERE "country" IS NOT NULL AND NOT COALESCE(length("country") >= 2 AND length("country") <= 2, FALSE)) AS "e4_unexpected",
  avg("amount") AS "e5_observed",
  stddev_samp("amount") AS "e6_observed",
  percentile_cont(0.5) WITHIN GROUP (ORDER BY "amount") AS "e7_observed",
  percentile_disc(ARRAY[0.05, 0.95]::float8[]) WITHIN GROUP (ORDER BY "amount") AS "e8_q",
  count(DISTINCT "country") AS "e9_observed",
  count(*) FILTER (WHERE NOT ("amount" IS NULL AND "fee" IS NULL)) AS "e10_n",
  count(*) FILTER (WHERE NOT ("amount" IS NULL AND "fee" IS NULL) AND NOT COALESCE("amount" >= "fee", FALSE)) AS "e10_unexpected",
  count(*) AS "e12_n"
FROM "transactions"
WHERE TRUE;
SELECT
  count(*) AS "e11_n",
  count(*) FILTER (WHERE "country" IS NULL) AS "e11_missing",
  count(*) FILTER (WHERE "country" IS NOT NULL AND NOT COALESCE("country" IN ('DE', 'FR'), FALSE)) AS "e11_unexpected"
FROM "transactions"
WHERE (("amount" > 100) AND ("card_present" = TRUE));
