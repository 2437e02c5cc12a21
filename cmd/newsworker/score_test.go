package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	scoring "github.com/newsworker/newsworker/internal/score"
)

const (
	devsetDir = "../../../shared/devset"
	scorePy   = "../../../shared/eval/score.py"
)

// needShared skips the test when the shared dev set or python3 is absent,
// as on a user's clone.
func needShared(t *testing.T) string {
	t.Helper()
	if _, err := os.Stat(devsetDir); err != nil {
		t.Skip("../shared/devset absent: dev-set test skipped")
	}
	if _, err := os.Stat(scorePy); err != nil {
		t.Skip("../shared/eval/score.py absent: scorer comparison skipped")
	}
	py, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 absent: scorer comparison skipped")
	}
	return py
}

// runScorePy runs the reference scorer and returns its output.
func runScorePy(t *testing.T, py string, args ...string) string {
	t.Helper()
	cmd := exec.Command(py, append([]string{scorePy}, args...)...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("score.py %v: %v\n%s", args, err, stderr.String())
	}
	return string(out)
}

// compareWithPython scores recordsDir against goldDir in Go and with
// score.py and requires the same table and JSON, byte for byte.
func compareWithPython(t *testing.T, py, goldDir, recordsDir string) scoreResult {
	t.Helper()
	golds, order, err := loadDir(goldDir)
	if err != nil {
		t.Fatal(err)
	}
	recs, _, err := loadDir(recordsDir)
	if err != nil {
		t.Fatal(err)
	}
	res := score(golds, order, recs)
	if got, want := res.json(), runScorePy(t, py, "--json", goldDir, recordsDir); got != want {
		t.Errorf("json differs from score.py\n--- go\n%s--- python\n%s", got, want)
	}
	if got, want := res.table(), runScorePy(t, py, goldDir, recordsDir); got != want {
		t.Errorf("table differs from score.py\n--- go\n%s--- python\n%s", got, want)
	}
	return res
}

// TestEvalMatchesPython writes the records eval extracts from the dev set
// and requires score.py to give the same figures as the Go scorer.
func TestEvalMatchesPython(t *testing.T) {
	py := needShared(t)
	dir := t.TempDir()
	res, err := evaluate(devsetDir, dir, os.Stderr)
	if err != nil {
		t.Fatal(err)
	}
	if res.RecordsFound != res.Articles {
		t.Errorf("records found %d of %d articles", res.RecordsFound, res.Articles)
	}
	compareWithPython(t, py, devsetDir, dir)
}

// TestScoreMatchesPythonOnGoldRecords builds records from the gold itself,
// with items dropped, duplicated, misspelled and mislabelled, so that every
// matching rule is exercised, and compares both scorers on them.
func TestScoreMatchesPythonOnGoldRecords(t *testing.T) {
	py := needShared(t)
	golds, order, err := loadDir(devsetDir)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	for n, id := range order {
		if n%7 == 6 {
			continue // a missing record
		}
		rec := recordFromGold(golds[id], n)
		data, err := json.Marshal(rec)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, fileName(id)+".json"), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	// Files score.py skips: not JSON, no id.
	os.WriteFile(filepath.Join(dir, "broken.json"), []byte("{"), 0o644)
	os.WriteFile(filepath.Join(dir, "noid.json"), []byte(`{"lang":"ar"}`), 0o644)
	res := compareWithPython(t, py, devsetDir, dir)
	if res.Fields["people"].Matched == 0 || res.Fields["figures"].Matched == 0 || res.Fields["locations"].Matched == 0 {
		t.Errorf("gold-built records matched too little: %+v", res.Fields)
	}
}

// recordFromGold turns a gold annotation into a record, varied by n.
func recordFromGold(g jsonObj, n int) jsonObj {
	gold := obj(g["gold"])
	keep := func(i int) bool { return (i+n)%4 != 3 }
	var dts []any
	for i, d := range list(gold["dates"]) {
		if keep(i) {
			dts = append(dts, jsonObj{"date": d, "kind": "absolute", "text": d, "start": 0, "end": 1})
		}
	}
	var ev any
	if e := gold["event_date"]; e != nil && n%5 != 1 {
		ev = jsonObj{"date": e, "kind": "absolute"}
	}
	var locs []any
	for i, lv := range list(gold["locations"]) {
		l := obj(lv)
		kind := "country"
		name := str(l["name"])
		if c := str(l["city"]); c != "" {
			kind, name = "city", c
			if i%3 == 2 {
				name = strings.ToUpper(c)
			}
		}
		if keep(i) {
			locs = append(locs, jsonObj{"name": name, "country": l["country"], "kind": kind})
		}
	}
	var loc any
	if len(locs) > 0 {
		loc = locs[0]
		if n%2 == 0 {
			loc = jsonObj{"name": "Nowhere", "country": "ZZ", "kind": "city"}
		}
	}
	var countries []any
	for i, c := range list(gold["countries"]) {
		if keep(i) {
			countries = append(countries, jsonObj{"code": strings.ToLower(str(c)), "name": c})
		}
	}
	countries = append(countries, jsonObj{"code": "FR", "name": "France"})
	var people []any
	for i, pv := range list(gold["people"]) {
		p := obj(pv)
		name := str(p["name"])
		if i%2 == 1 {
			if f := strings.Fields(name); len(f) > 1 {
				name = f[len(f)-1] // one token of the name
			}
		}
		role := p["role"]
		if i%3 == 1 {
			role = "وزير"
		}
		if keep(i) {
			people = append(people, jsonObj{"name": name, "role": role})
		}
	}
	var orgs []any
	for i, o := range list(gold["organizations"]) {
		key := []string{"text", "name", "acronym"}[i%3]
		if keep(i) {
			orgs = append(orgs, jsonObj{key: "و" + str(o)}, jsonObj{"name": o})
		}
	}
	var figs []any
	for i, fv := range list(gold["figures"]) {
		f := obj(fv)
		v, _ := pyFloat(f["value"])
		unit := str(f["unit"])
		kind := "count"
		switch {
		case scoring.IsCurrency(strings.ToUpper(unit)):
			kind = "money"
		case unit == "percent":
			kind = "percent"
		}
		if i%5 == 4 {
			v *= 1.004
		}
		if i%6 == 5 {
			unit = "USD"
		}
		if keep(i) {
			figs = append(figs, jsonObj{"value": v, "unit": unit, "kind": kind, "text": fmt.Sprint(f["text"])})
		}
	}
	figs = append(figs, jsonObj{"value": 2014, "unit": "", "kind": "year"})
	return jsonObj{
		"schema": "news.enriched/v1", "id": g["id"], "lang": g["lang"], "text": g["text"],
		"event_date": ev, "dates": dts, "location": loc, "locations": locs,
		"attendees": jsonObj{"countries": countries, "people": people, "organizations": orgs},
		"figures":   figs,
	}
}

func TestPyRepr(t *testing.T) {
	tests := []struct {
		in   float64
		want string
	}{
		{0, "0.0"}, {1, "1.0"}, {0.5667, "0.5667"}, {0.0001, "0.0001"}, {0.00001, "1e-05"}, {1e16, "1e+16"},
	}
	for _, tt := range tests {
		if got := pyRepr(tt.in); got != tt.want {
			t.Errorf("pyRepr(%v) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
