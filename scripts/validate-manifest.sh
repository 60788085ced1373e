#!/usr/bin/env sh
# Validates manifest.xml (and dist/manifest.xml when built) against Microsoft's published XSD,
# offline. The schemas are in ../shared/office-manifest-schemas (or $OFFICE_MANIFEST_SCHEMAS).
set -eu
cd "$(dirname "$0")/.."
schemas="${OFFICE_MANIFEST_SCHEMAS:-../shared/office-manifest-schemas}"
if [ ! -f "$schemas/OfficeAppManifestV1_1.xsd" ]; then
  echo "validate: schemas not found in $schemas (set OFFICE_MANIFEST_SCHEMAS)" >&2
  exit 2
fi
command -v xmllint >/dev/null || { echo "validate: xmllint missing (apt-get install libxml2-utils)" >&2; exit 2; }
xmllint --noout --schema "$schemas/OfficeAppManifestV1_1.xsd" manifest.xml
if [ -f dist/manifest.xml ]; then
  xmllint --noout --schema "$schemas/OfficeAppManifestV1_1.xsd" dist/manifest.xml
fi
