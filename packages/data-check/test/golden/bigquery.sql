-- mlguard data-check: suite suite.yml compiled for bigquery
SELECT
  count(*) AS `e0_n`,
  COUNTIF(`amount` IS NULL) AS `e0_missing`,
  COUNTIF(`amount` IS NULL) AS `e0_unexpected`,
  count(*) AS `e1_n`,
  COUNTIF(`amount` IS NULL) AS `e1_missing`,
  COUNTIF(`amount` IS NOT NULL AND NOT COALESCE(`amount` >= 0 AND `amount` < 20000, FALSE)) AS `e1_unexpected`,
  count(*) AS `e2_n`,
  COUNTIF(`country` IS NULL) AS `e2_missing`,
  COUNTIF(`country` IS NOT NULL AND NOT COALESCE(`country` IN ('DE', 'O\'Brien'), FALSE)) AS `e2_unexpected`,
  count(*) AS `e3_n`,
  COUNTIF(`customer_id` IS NULL) AS `e3_missing`,
  COUNTIF(`customer_id` IS NOT NULL AND NOT COALESCE(REGEXP_CONTAINS(`customer_id`, '^C[0-9]{6}$'), FALSE)) AS `e3_unexpected`,
  count(*) AS `e4_n`,
  COUNTIF(`country` IS NULL) AS `e4_missing`,
  COUNTIF(`country` IS NOT NULL AND NOT COALESCE(LENGTH(`country`) >= 2 AND LENGTH(`country`) <= 2, FALSE)) AS `e4_unexpected`,
  avg(`amount`) AS `e5_observed`,
  STDDEV_SAMP(`amount`) AS `e6_observed`,
  APPROX_QUANTILES(`amount`, 1000)[OFFSET(500)] AS `e7_observed`,
  [APPROX_QUANTILES(`amount`, 1000)[OFFSET(50)], APPROX_QUANTILES(`amount`, 1000)[OFFSET(950)]] AS `e8_q`,
  count(DISTINCT `country`) AS `e9_observed`,
  COUNTIF(NOT (`amount` IS NULL AND `fee` IS NULL)) AS `e10_n`,
  COUNTIF(NOT (`amount` IS NULL AND `fee` IS NULL) AND NOT COALESCE(`amount` >= `fee`, FALSE)) AS `e10_unexpected`,
  count(*) AS `e12_n`
FROM `transactions`
WHERE TRUE;
SELECT
  count(*) AS `e11_n`,
  COUNTIF(`country` IS NULL) AS `e11_missing`,
  COUNTIF(`country` IS NOT NULL AND NOT COALESCE(`country` IN ('DE', 'FR'), FALSE)) AS `e11_unexpected`
FROM `transactions`
WHERE ((`amount` > 100) AND (`card_present` = TRUE));
