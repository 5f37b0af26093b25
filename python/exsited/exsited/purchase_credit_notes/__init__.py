# generated from api/ — do not edit; run `make generate`
