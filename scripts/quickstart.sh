#!/usr/bin/env bash
# The main job on the bundled samples, with nothing to configure: set up, build a ledger
# (embedded SQLite) from the five messy Sonus Networks seeds and the real EDGAR XML filings
# that sit beside the checkout in ../shared, then show holdings, a timeline and the gaps.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
S16=.venv/bin/section16
DB=${SECTION16_DEMO_DB:-quickstart.db}
for s in ../shared/samples/seeds ../shared/edgar/xml; do
  [ -d "$s" ] || { echo "quickstart: $s not found (the samples sit in ../shared beside the checkout)" >&2; exit 2; }
done
echo "== ingest: build the ledger $DB" >&2
# The seeds' .truth.json files are answers for the scorer, not filings: only the text goes in.
$S16 ingest --db "$DB" ../shared/samples/seeds/*.txt ../shared/edgar/xml
echo "== holdings of Anthony Scarfo at Sonus Networks" >&2
$S16 holdings --db "$DB" --owner "Scarfo Anthony" --issuer SONS --format table
echo "== timeline of Matthew Dillon" >&2
$S16 timeline --db "$DB" --owner "Dillon Matthew" --issuer SONS --format csv
echo "== gaps in the public record at Sonus Networks" >&2
$S16 gaps --db "$DB" --issuer SONS --format csv
echo "== check the seeds against the form's rules" >&2
$S16 check ../shared/samples/seeds/*.txt --format table || true
echo "quickstart: done. Try: $S16 serve --db $DB   (then open http://127.0.0.1:8016)" >&2
