module github.com/copyedit/copyedit

go 1.26.0

require (
	github.com/BurntSushi/toml v1.6.0
	github.com/pmezard/go-difflib v1.0.0
	github.com/sajari/fuzzy v1.0.0
	github.com/stretchr/testify v1.12.1
	golang.org/x/text v0.43.0
)

require go.yaml.in/yaml/v3 v3.0.5 // indirect
