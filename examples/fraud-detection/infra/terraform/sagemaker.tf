resource "aws_sagemaker_notebook_instance" "research" {
  name                   = "${local.prefix}-research"
  role_arn               = aws_iam_role.sagemaker.arn
  instance_type          = "ml.t3.medium"
  direct_internet_access = var.notebook_internet
  root_access            = "Enabled"
}

# The production notebook is locked down; its KMS key comes from another stack (unknown here).
resource "aws_sagemaker_notebook_instance" "prod" {
  name                   = "${local.prefix}-prod"
  role_arn               = aws_iam_role.sagemaker.arn
  instance_type          = "ml.t3.medium"
  subnet_id              = "subnet-0abc1234"
  direct_internet_access = "Disabled"
  root_access            = "Disabled"
  kms_key_id             = data.aws_kms_key.shared.arn

  instance_metadata_service_configuration {
    minimum_instance_metadata_service_version = "2"
  }
}

resource "aws_sagemaker_model" "fraud" {
  name               = "${local.prefix}-model"
  execution_role_arn = aws_iam_role.sagemaker.arn
  primary_container {
    image          = "${aws_ecr_repository.serving.repository_url}:1.4.2"
    model_data_url = "s3://${local.prefix}-models/model.tar.gz"
  }
}

resource "aws_sagemaker_endpoint_configuration" "fraud" {
  name = "${local.prefix}-endpoint"
  production_variants {
    variant_name           = "primary"
    model_name             = aws_sagemaker_model.fraud.name
    initial_instance_count = 1
    instance_type          = "ml.m5.large"
  }
}

resource "aws_sagemaker_pipeline" "retrain" {
  pipeline_name         = "${local.prefix}-retrain"
  pipeline_display_name = "fraud-retrain"
  role_arn              = aws_iam_role.sagemaker.arn
  pipeline_definition   = <<-EOT
    {
      "Version": "2020-12-01",
      "Steps": [
        {
          "Name": "TrainFraudModel",
          "Type": "Training",
          "Arguments": {
            "EnableNetworkIsolation": false,
            "AlgorithmSpecification": {"TrainingImage": "xgboost:1.7", "TrainingInputMode": "File"}
          }
        }
      ]
    }
  EOT
}

resource "aws_iam_role" "sagemaker" {
  name = "${local.prefix}-sagemaker"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = { Service = "sagemaker.amazonaws.com" }, Action = "sts:AssumeRole" }]
  })
}

data "aws_kms_key" "shared" {
  key_id = "alias/shared-ml"
}
