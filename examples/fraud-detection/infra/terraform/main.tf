terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

provider "aws" {
  region = var.region
}

locals {
  prefix = "fraud-${var.environment}"
  tags = {
    project = "fraud-detection"
    env     = var.environment
  }
}

# Training data: one bucket per stage, expanded by for_each.
resource "aws_s3_bucket" "datasets" {
  for_each = var.buckets
  bucket   = "${local.prefix}-${each.key}"
  tags     = merge(local.tags, { stage = each.key })
}

resource "aws_s3_bucket_acl" "datasets" {
  # checkov:skip=CKV_AWS_20:partners read the raw extracts (refused: deny-inline-critical)
  for_each = aws_s3_bucket.datasets
  bucket   = aws_s3_bucket.datasets[each.key].id
  acl      = var.dataset_acl
}

# trivy:ignore:AVD-AWS-0087:exp:2025-01-31 bucket policy needed until the data-sharing portal launched
resource "aws_s3_bucket_public_access_block" "datasets" {
  for_each            = aws_s3_bucket.datasets
  bucket              = aws_s3_bucket.datasets[each.key].id
  block_public_acls   = true
  block_public_policy = false
  ignore_public_acls  = true
}

resource "aws_s3_bucket_versioning" "raw" {
  bucket = aws_s3_bucket.datasets["raw"].id
  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_s3_bucket_server_side_encryption_configuration" "datasets" {
  for_each = aws_s3_bucket.datasets
  bucket   = aws_s3_bucket.datasets[each.key].id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms"
      kms_master_key_id = aws_kms_key.data.arn
    }
  }
}

resource "aws_kms_key" "data" {
  description         = "fraud-detection data key"
  enable_key_rotation = true
}

# Model artifacts live in a bucket created by a local module.
module "model_artifacts" {
  source      = "./modules/model-bucket"
  name        = "${local.prefix}-models"
  public_read = true
}

resource "aws_s3_bucket_policy" "datasets_raw" {
  bucket = aws_s3_bucket.datasets["raw"].id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = "*"
      Action    = ["s3:GetObject"]
      Resource  = "${aws_s3_bucket.datasets["raw"].arn}/*"
    }]
  })
}

resource "aws_ecr_repository" "serving" {
  name = "fraud-serving"
  # mlguard:ignore IAC-TF-018 reason="CI re-tags release candidates; immutable after 2.0" expires=2099-12-31
  image_tag_mutability = "MUTABLE"
}
