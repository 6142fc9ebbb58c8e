-- mlguard data-check: suite suite.yml compiled for snowflake
SELECT
  count(*) AS "e0_n",
  COUNT_IF("amount" IS NULL) AS "e0_missing",
  COUNT_IF("amount" IS NULL) AS "e0_unexpected",
  count(*) AS "e1_n",
  COUNT_IF("amount" IS NULL) AS "e1_missing",
  COUNT_IF("amount" IS NOT NULL AND NOT COALESCE("amount" >= 0 AND "amount" < 20000, FALSE)) AS "e1_unexpected",
  count(*) AS "e2_n",
  COUNT_IF("country" IS NULL) AS "e2_missing",
  COUNT_IF("country" IS NOT NULL AND NOT COALESCE("country" IN ('DE', 'O''Brien'), FALSE)) AS "e2_unexpected",
  count(*) AS "e3_n",
  COUNT_IF("customer_id" IS NULL) AS "e3_missing",
  COUNT_IF("customer_id" IS NOT NULL AND NOT COALESCE(REGEXP_INSTR("customer_id", '^C[0-9]{6}$') > 0, FALSE)) AS "e3_unexpected",
  count(*) AS "e4_n",
  COUNT_IF("country" IS NULL) AS "e4_missing",
  COUNT_IF("country" IS NOT NULL AND NOT COALESCE(length("country") >= 2 AND length("country") <= 2, FALSE)) AS "e4_unexpected",
  avg("amount") AS "e5_observed",
  stddev_samp("amount") AS "e6_observed",
  percentile_cont(0.5) WITHIN GROUP (ORDER BY "amount") AS "e7_observed",
  ARRAY_CONSTRUCT(percentile_disc(0.05) WITHIN GROUP (ORDER BY "amount"), percentile_disc(0.95) WITHIN GROUP (ORDER BY "amount")) AS "e8_q",
  count(DISTINCT "country") AS "e9_observed",
  COUNT_IF(NOT ("amount" IS NULL AND "fee" IS NULL)) AS "e10_n",
  COUNT_IF(NOT ("amount" IS NULL AND "fee" IS NULL) AND NOT COALESCE("amount" >= "fee", FALSE)) AS "e10_unexpected",
  count(*) AS "e12_n"
FROM "transactions"
WHERE TRUE;
SELECT
  count(*) AS "e11_n",
  COUNT_IF("country" IS NULL) AS "e11_missing",
  COUNT_IF("country" IS NOT NULL AND NOT COALESCE("country" IN ('DE', 'FR'), FALSE)) AS "e11_unexpected"
FROM "transactions"
WHERE (("amount" > 100) AND ("card_present" = TRUE));
