"""Speakers of pronoun sources on the attribution bench.

PolNeAR has no coreference: an attribution whose source is "he", "she",
"they", "who", ... says nothing about whom it names, and score.py skips it
in the speaker check. Our gold (pronouns_gold.json, beside this file) gives,
for every such attribution, the offsets of one mention of its referent in
the article (its fullest name, or the description that brings it in when
the article never names it); no article text is stored.

This script matches the briefs to the gold exactly as score.py does (it
imports score.py from the bench folder) and, over matched attributions
whose pronoun has a referent, counts the brief's speaker right (score.py's
speaker_correct against the referent's text), blank or wrong.

usage: python3 pronouns.py --bench-dir DIR --data polnear-dev.jsonl --gold GOLD --pred BRIEFS [--misses]
prints one JSON object: {"held_out": {...}, "dev": {...}}
"""
import argparse
import json
import os
import sys


def fnv32a(s):
    h = 0x811C9DC5
    for b in s.encode("utf-8"):
        h ^= b
        h = (h * 0x01000193) & 0xFFFFFFFF
    return h


def held_out(rec_id):
    # The same split as internal/eval/attribution.HeldOut.
    return fnv32a(rec_id) % 3 == 0


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--bench-dir", required=True)
    ap.add_argument("--data", required=True)
    ap.add_argument("--gold", required=True)
    ap.add_argument("--pred", required=True)
    ap.add_argument("--misses", action="store_true")
    args = ap.parse_args(argv)
    sys.path.insert(0, args.bench_dir)
    import score as S  # the bench's own scorer

    with open(args.gold, encoding="utf-8") as f:
        gold = json.load(f)
    want = {}
    for g in gold["items"]:
        want[(g["id"], g["item"])] = g
    out = {}
    for part in ("held_out", "dev"):
        out[part] = {"pronouns": 0, "matched": 0, "right": 0, "blank": 0, "wrong": 0,
                     "by_kind": {}, "misses": []}
    for rec in S.load_records(args.data):
        part = "held_out" if held_out(rec["id"]) else "dev"
        res = out[part]
        text = rec["text"]
        golds = []
        for k, a in enumerate(rec.get("attributions") or []):
            gi = S.gold_items({"text": text, "attributions": [a]})
            if gi:
                g = gi[0]
                g["k"] = k
                golds.append(g)
        golds.sort(key=lambda g: g["segs"][0])
        brief, _ = S.load_brief(os.path.join(args.pred, rec["id"] + ".json"))
        preds = S.locate_items(text, S.brief_items(brief))
        pairs = {gi: pi for gi, pi, _ in S.match(golds, preds)}
        for gi, g in enumerate(golds):
            w = want.get((rec["id"], g["k"]))
            if w is None or w["kind"] == "none" or w.get("ref_start") is None:
                continue
            res["pronouns"] += 1
            pi = pairs.get(gi)
            if pi is None:
                continue
            ref = text[w["ref_start"]:w["ref_end"]]
            spk = preds[pi]["speaker"].strip()
            kind = w["kind"]
            bk = res["by_kind"].setdefault(kind, [0, 0])
            bk[1] += 1
            res["matched"] += 1
            src = (rec["attributions"][g["k"]].get("source_text") or "").strip()
            if spk and S.speaker_correct(spk, ref):
                res["right"] += 1
                bk[0] += 1
                continue
            res["blank" if not spk else "wrong"] += 1
            if args.misses and part == "dev":
                content = text[g["segs"][0][0]:g["segs"][-1][1]].replace("\n", " ")
                if len(content) > 90:
                    content = content[:90] + "…"
                res["misses"].append("[%s] %r -> %r, gold %r (%s): %s" % (
                    rec["id"][8:40], src, spk, ref, kind, content))
    json.dump(out, sys.stdout, ensure_ascii=False)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
