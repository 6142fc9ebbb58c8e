environment       = "staging"
dataset_acl       = "public-read"
notebook_internet = "Enabled"
