#!/usr/bin/env bash
# Rebuilds spine_X_Y_Z.sql with that release's code: run from a checkout of tag vX.Y.Z with its venv,
# as `tests/upgrade/make_dump.sh 0_2_0`. Every release's dump is made from the same inputs.
set -euo pipefail
release=${1:?usage: make_dump.sh X_Y_Z (the release, e.g. 0_2_0)}
here=$(cd "$(dirname "$0")" && pwd); root=$(cd "$here/../.." && pwd); shared="$root/../shared/realdata"
db=$(mktemp -d)/spine.db; spine="$root/.venv/bin/spine"; fx="$root/data/fixtures"
"$spine" run otc.backfill_range -p tier=NMS_TIER_1 -p source_dir="$fx/otc" -p weeks_back=6 --db "$db"
ingest() { "$spine" run otc.ingest_week -p tier="$1" -p week_ending="$2" -p file_path="$3" --db "$db"; }
ingest OTC 2025-11-14 "$shared/spinecore_otc_weekly_otc_20251215_head300.psv"
ingest OTC 2025-11-28 "$shared/spinecore_otc_weekly_otc_20251229_tail20.psv"
ingest NMS_TIER_2 2025-12-19 "$fx/real/finra_api_t2_2025-12-19.csv"
ingest NMS_TIER_1 2025-12-26 "$fx/real/finra_api_t1_2025-12-26.psv"
for tw in OTC:2025-11-14 OTC:2025-11-28 NMS_TIER_2:2025-12-19 NMS_TIER_1:2025-12-26; do
  for p in otc.normalize_week otc.aggregate_week otc.compute_rolling_6w otc.research_snapshot_week; do
    "$spine" run "$p" -p tier="${tw%%:*}" -p week_ending="${tw##*:}" --db "$db"
  done
done
sqlite3 "$db" .dump > "$here/spine_${release}.sql"
