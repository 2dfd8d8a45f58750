"""Derives the three DERIVED_*.csv files of this folder from the public MT-Bench human judgments.

Input (see README.md for provenance): human_gpt_comparison.csv (the lmsys `human` and `gpt4_pair` splits joined on
question and model pair) and question.jsonl (the MT-Bench questions). Usage: python3 derive.py <comparison.csv> <question.jsonl>
"""
import csv
import json
import sys

csv.field_size_limit(10**9)
comparison, questions = sys.argv[1], sys.argv[2]
turns = {}
category = {}
for line in open(questions, encoding="utf-8"):
    q = json.loads(line)
    turns[str(q["question_id"])] = q["turns"]
    category[str(q["question_id"])] = q["category"]

verdict = {"model_a": "first", "model_b": "second", "tie": "tie", "tie (inconsistent)": "tie"}
items, labels, judged = {}, [], {}
for row in csv.DictReader(open(comparison, encoding="utf-8")):
    # The join paired every human row with both turns' GPT-4 rows; keep the GPT-4 verdict of the same turn.
    if row["turn_x"] != row["turn_y"]:
        continue
    qid, turn, a, b = row["question_id"], row["turn_x"], row["model_a"], row["model_b"]
    key = f"q{qid}-t{turn}-{a}-vs-{b}"
    items[key] = (qid, turns[qid][int(turn) - 1], a, b, f"category:{category[qid]};turn:{turn}")
    labels.append((key, row["judge_x"], verdict[row["winner_x"]]))
    judged[key] = verdict[row["winner_y"]]

with open("DERIVED_items.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["id", "queryId", "query", "model", "modelB", "tags"])
    for key in sorted(items, key=lambda k: (int(items[k][0]), k)):
        qid, text, a, b, tags = items[key]
        w.writerow([key, qid, text, a, b, tags])

with open("DERIVED_labels.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["id", "annotator", "label"])
    w.writerows(sorted(labels))

with open("DERIVED_gpt4_pair.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["id", "gpt-4"])
    for key in sorted(judged):
        w.writerow([key, judged[key]])
