variable "region" {
  type    = string
  default = "eu-west-1"
}

variable "environment" {
  type    = string
  default = "dev"
}

# Overridden in terraform.tfvars: the resolution chain shows up in the finding.
variable "dataset_acl" {
  type    = string
  default = "private"
}

variable "notebook_internet" {
  type    = string
  default = "Disabled"
}

variable "buckets" {
  type    = set(string)
  default = ["raw", "features"]
}
