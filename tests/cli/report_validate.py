"""Validates a claimcheck output file against a JSON Schema, for the doctest
suite. Usage: report_validate.py SCHEMA DEF|- FILE [--lines]
DEF picks a definition under $defs ('-' validates against the root);
--lines validates each line of FILE as one document (JSON Lines).
Exit 0 valid, 1 invalid (the first error on stderr), 77 when the jsonschema
module is missing."""
import json
import sys

try:
    import jsonschema
except ImportError:
    sys.exit(77)


def main():
    schema_path, definition, doc_path = sys.argv[1:4]
    lines = "--lines" in sys.argv[4:]
    with open(schema_path, encoding="utf-8") as f:
        schema = json.load(f)
    if definition != "-":
        schema = dict(schema)
        schema.pop("anyOf", None)
        schema["$ref"] = "#/$defs/" + definition
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    validator = cls(schema)
    with open(doc_path, encoding="utf-8") as f:
        docs = [json.loads(l) for l in f if l.strip()] if lines else [json.load(f)]
    for i, doc in enumerate(docs):
        errors = sorted(validator.iter_errors(doc), key=lambda e: list(e.path))
        if errors:
            e = errors[0]
            print(f"document {i}: {'/'.join(map(str, e.path))}: {e.message}", file=sys.stderr)
            sys.exit(1)


main()
