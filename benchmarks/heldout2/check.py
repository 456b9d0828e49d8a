"""Sanity checks for set H2: JSON validity, fields, evidence verbatim, 7-word overlap (via overlap.py if present),
and a plain first-match scorer run on made-up predictions (one per required gold: its first type, first actor,
first target) that must score every required gold with no false positive.
Usage: python3 check.py [PREDICTIONS.jsonl]   (predictions: {"doc", "type", "actor", "target"} per line)"""
import json, pathlib, re, sys, unicodedata
HERE = pathlib.Path(__file__).resolve().parent

def load(name):
    return [json.loads(l) for l in open(HERE / name, encoding="utf-8") if l.strip()]

def norm(s):
    s = unicodedata.normalize("NFKD", s or "")
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    s = re.sub(r"[\u2018\u2019'`\u02bc]", "", s)
    s = re.sub(r"[-\u2010-\u2015_]", " ", s)
    s = re.sub(r"\bu\.\s?s\.?(?=\s|$)", "us", s)
    s = re.sub(r"[^\w\s]", " ", s)
    s = re.sub(r"\s+", " ", s).strip()
    s = re.sub(r"^the ", "", s)
    return "us" if s in {"united states", "united states of america", "usa"} else s

def name_ok(pred, gold):
    if not gold: return True
    p = norm(pred); names = {norm(g) for g in gold}
    if p in names: return True
    return any(re.search(rf"(^| ){re.escape(n)}( |$)", p) for n in names if n)

YIELD = {"CONCEDE", "RETREAT"}
def type_ok(pt, gt):
    return pt in gt or (pt in YIELD and ("YIELD" in gt or bool(YIELD & set(gt))))

def score(preds, golds):
    used, tp, fp, neutral = set(), 0, 0, 0
    for p in preds:
        hit = None
        for g in golds:
            if g["id"] in used or g["doc"] != p["doc"]: continue
            if type_ok(p["type"], g["type"]) and name_ok(p["actor"], g["actor"]) and name_ok(p["target"], g["target"]):
                hit = g; break
        if hit is None: fp += 1; continue
        used.add(hit["id"])
        if hit["required"]: tp += 1
        else: neutral += 1
    req = sum(g["required"] for g in golds)
    return tp, fp, neutral, req

def main():
    arts = load("articles.jsonl"); golds = load("gold.events.jsonl")
    load("gold.clusters.jsonl"); load("gold.contradictions.jsonl")
    texts = {a["doc"]: a["text"] for a in arts}
    bad = 0
    for a in arts:
        for k in ("doc", "url", "outlet", "published", "text"):
            if k not in a: print("missing", k, a.get("doc")); bad += 1
        if not (a["url"] and a["outlet"]): print("empty url/outlet", a["doc"]); bad += 1
    seen_opt = {}
    for g in golds:
        if g["evidence"] not in texts[g["doc"]] or len(g["evidence"]) > 60:
            print("bad evidence", g["id"]); bad += 1
        if g["required"] and seen_opt.get(g["doc"]): print("required after optional", g["id"]); bad += 1
        if not g["required"]: seen_opt[g["doc"]] = True
    print("field/evidence problems:", bad)
    if len(sys.argv) > 1:
        preds = [json.loads(l) for l in open(sys.argv[1]) if l.strip()]
    else:
        preds = [{"doc": g["doc"], "type": g["type"][0], "actor": (g["actor"] or ["unknown"])[0],
                  "target": (g["target"] or ["unknown"])[0]} for g in golds if g["required"]]
    tp, fp, neutral, req = score(preds, golds)
    print(f"first-match scorer: TP {tp}/{req}, FP {fp}, neutral {neutral}")
    ov = pathlib.Path("/work/briefs/overlap.py")
    if ov.exists():
        import subprocess
        out = subprocess.run([sys.executable, str(ov), str(HERE / "articles.jsonl")], capture_output=True, text=True).stdout
        print("overlap:", out.strip().splitlines()[-1])
    return 0 if (bad == 0 and (len(sys.argv) > 1 or (tp == req and fp == 0))) else 1

if __name__ == "__main__":
    sys.exit(main())
