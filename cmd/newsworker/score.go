package main

import (
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	scoring "github.com/newsworker/newsworker/internal/score"
)

// This file is the Go port of ../shared/eval/score.py (see the contract's
// scoring.md), built on the primitives of internal/score. It works on
// generic JSON values, as the reference does, so that both give the same
// figures on the same files; TestScoreMatchesPython checks it.

var scoreFields = []string{"dates", "locations", "countries", "people", "organizations", "figures"}

// jsonObj is a decoded JSON object.
type jsonObj = map[string]any

// str returns v when it is a string, else "" (the reference's `v or ""`).
func str(v any) string {
	s, _ := v.(string)
	return s
}

// obj returns v when it is an object, else an empty one.
func obj(v any) jsonObj {
	if m, ok := v.(jsonObj); ok {
		return m
	}
	return jsonObj{}
}

// list returns v when it is an array, else nil (the reference's `v or []`).
func list(v any) []any {
	l, _ := v.([]any)
	return l
}

// truthy is Python's truth value of a decoded JSON value.
func truthy(v any) bool {
	switch x := v.(type) {
	case nil:
		return false
	case bool:
		return x
	case float64:
		return x != 0
	case string:
		return x != ""
	case []any:
		return len(x) > 0
	case jsonObj:
		return len(x) > 0
	}
	return true
}

// greedy is scoring.Greedy over decoded JSON items.
func greedy(gold, pred []any, f func(g, p any) float64) [][2]int {
	return scoring.Greedy(len(gold), len(pred), func(gi, pi int) float64 { return f(gold[gi], pred[pi]) })
}

func placeScore(gv, pv any) float64 {
	g, p := obj(gv), obj(pv)
	city := str(g["city"])
	if city == "" && truthy(g["city"]) {
		// A city that is no string: only a name without tokens equals it.
		city = " "
	}
	return scoring.PlaceScore(city, str(g["country"]), scoring.Place{Kind: str(p["kind"]), Name: str(p["name"]), Country: str(p["country"])})
}

// pyFloat is Python's float(v) for a decoded JSON value.
func pyFloat(v any) (float64, bool) {
	switch x := v.(type) {
	case float64:
		return x, true
	case bool:
		if x {
			return 1, true
		}
		return 0, true
	case string:
		f, err := strconv.ParseFloat(strings.ReplaceAll(strings.TrimSpace(x), "_", ""), 64)
		return f, err == nil
	}
	return 0, false
}

func figureScore(gv, pv any) float64 {
	g, p := obj(gv), obj(pv)
	gx, ok1 := pyFloat(g["value"])
	px, ok2 := pyFloat(p["value"])
	if !ok1 || !ok2 {
		return 0
	}
	return scoring.FigureScore(scoring.Figure{Value: gx, Unit: str(g["unit"])},
		scoring.Figure{Value: px, Unit: str(p["unit"]), Kind: str(p["kind"])})
}

func orgScore(gv, pv any) float64 {
	p := obj(pv)
	return scoring.OrgScore(str(gv), str(p["text"]), str(p["name"]), str(p["acronym"]))
}

func namesScore(a, b string) float64 { return scoring.NamesScore(a, b) }

// isDay is re.fullmatch(r"\d{4}-\d{2}-\d{2}", s) with Python's Unicode \d.
func isDay(v any) bool {
	s, ok := v.(string)
	if !ok || utf8.RuneCountInString(s) != 10 {
		return false
	}
	for i, r := range []rune(s) {
		if i == 4 || i == 7 {
			if r != '-' {
				return false
			}
		} else if !unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

func dateOf(v any) any {
	if m, ok := v.(jsonObj); ok {
		return m["date"]
	}
	return nil
}

// tally accumulates counts per field: [gold, predicted, matched], and
// [total, right] for event_date and roles.
type tally map[string][]int

func (t tally) add(field string, counts ...int) {
	c, ok := t[field]
	if !ok {
		c = make([]int, len(counts))
		t[field] = c
	}
	for i, n := range counts {
		c[i] += n
	}
}

func dayKey(v any) string { s, _ := v.(string); return s }

func scoreOne(goldDoc, rec jsonObj, t tally) {
	g := obj(goldDoc["gold"])
	if rec == nil {
		rec = jsonObj{}
	}
	att := obj(rec["attendees"])

	gd := map[string]bool{}
	for _, x := range list(g["dates"]) {
		if isDay(x) {
			gd[dayKey(x)] = true
		}
	}
	if isDay(g["event_date"]) {
		gd[dayKey(g["event_date"])] = true
	}
	var ev any
	if truthy(rec["event_date"]) {
		ev = dateOf(rec["event_date"])
	}
	pset := map[string]bool{}
	for _, d := range list(rec["dates"]) {
		if x := dateOf(d); isDay(x) {
			pset[dayKey(x)] = true
		}
	}
	if isDay(ev) {
		pset[dayKey(ev)] = true
	}
	hit := 0
	for d := range gd {
		if pset[d] {
			hit++
		}
	}
	t.add("dates", len(gd), len(pset), hit)
	gev := g["event_date"]
	if !truthy(gev) {
		gev = nil
	}
	right := 0
	if reflect.DeepEqual(gev, ev) {
		right = 1
	}
	t.add("event_date", 1, right)

	locs := append([]any(nil), list(rec["locations"])...)
	if truthy(rec["location"]) {
		in := false
		for _, l := range locs {
			if reflect.DeepEqual(l, rec["location"]) {
				in = true
				break
			}
		}
		if !in {
			locs = append(locs, rec["location"])
		}
	}
	var gl []any
	seen := map[string]bool{}
	for _, lv := range list(g["locations"]) {
		loc := obj(lv)
		if !truthy(loc["city"]) {
			c := strings.ToUpper(str(loc["country"]))
			if seen[c] {
				continue
			}
			seen[c] = true
		}
		gl = append(gl, lv)
	}
	t.add("locations", len(gl), len(locs), len(greedy(gl, locs, placeScore)))

	gcs := map[string]bool{}
	for _, c := range list(g["countries"]) {
		gcs[strings.ToUpper(str(c))] = true
	}
	pcs := list(att["countries"])
	pset2 := map[string]bool{}
	for _, c := range pcs {
		pset2[strings.ToUpper(str(obj(c)["code"]))] = true
	}
	hit = 0
	for c := range gcs {
		if pset2[c] {
			hit++
		}
	}
	t.add("countries", len(gcs), len(pcs), hit)

	gp, pp := list(g["people"]), list(att["people"])
	pairs := greedy(gp, pp, func(a, b any) float64 {
		return namesScore(str(obj(a)["name"]), str(obj(b)["name"]))
	})
	t.add("people", len(gp), len(pp), len(pairs))
	for _, pr := range pairs {
		grole := obj(gp[pr[0]])["role"]
		if !truthy(grole) {
			continue
		}
		prole := obj(pp[pr[1]])["role"]
		ok := 0
		if truthy(prole) && namesScore(str(grole), str(prole)) > 0 {
			ok = 1
		}
		t.add("roles", 1, ok)
	}

	gorg, porg := list(g["organizations"]), list(att["organizations"])
	t.add("organizations", len(gorg), len(porg), len(greedy(gorg, porg, orgScore)))

	var gf, pf []any
	for _, x := range list(g["figures"]) {
		if u := strings.ToLower(str(obj(x)["unit"])); u != "ordinal" && u != "year" {
			gf = append(gf, x)
		}
	}
	for _, x := range list(rec["figures"]) {
		if k := str(obj(x)["kind"]); k != "ordinal" && k != "year" {
			pf = append(pf, x)
		}
	}
	t.add("figures", len(gf), len(pf), len(greedy(gf, pf, figureScore)))
}

// idKey is Python's str() of a JSON id.
func idKey(v any) string {
	switch x := v.(type) {
	case string:
		return x
	case float64:
		if x == math.Trunc(x) && math.Abs(x) < 1e16 {
			return strconv.FormatFloat(x, 'f', -1, 64)
		}
		return pyRepr(x)
	case bool:
		if x {
			return "True"
		}
		return "False"
	}
	b, _ := json.Marshal(v)
	return string(b)
}

// loadDir reads every *.json object with an id in dir, keyed by id; files
// that do not parse are skipped, as the reference does.
func loadDir(dir string) (map[string]jsonObj, []string, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, nil, fmt.Errorf("eval: %w", err)
	}
	names := make([]string, 0, len(entries))
	for _, e := range entries {
		names = append(names, e.Name())
	}
	sort.Strings(names)
	out := map[string]jsonObj{}
	var order []string
	for _, name := range names {
		if !strings.HasSuffix(name, ".json") {
			continue
		}
		data, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			return nil, nil, fmt.Errorf("eval: %w", err)
		}
		var doc any
		if json.Unmarshal(data, &doc) != nil {
			continue
		}
		m, ok := doc.(jsonObj)
		if !ok || m["id"] == nil {
			continue
		}
		id := idKey(m["id"])
		if _, dup := out[id]; !dup {
			order = append(order, id)
		}
		out[id] = m
	}
	return out, order, nil
}

// round4 is Python's round(x, 4): correctly rounded from the exact value.
func round4(x float64) float64 {
	f, _ := strconv.ParseFloat(strconv.FormatFloat(x, 'f', 4, 64), 64)
	return f
}

// pyRepr is Python's repr of a float.
func pyRepr(x float64) string {
	if math.IsInf(x, 0) || math.IsNaN(x) {
		return map[bool]string{true: "inf", false: "nan"}[math.IsInf(x, 1)]
	}
	exp := 0
	if x != 0 {
		exp = int(math.Floor(math.Log10(math.Abs(x))))
	}
	if exp < -4 || exp >= 16 {
		s := strconv.FormatFloat(x, 'e', -1, 64)
		mant, e, _ := strings.Cut(s, "e")
		sign := e[0]
		e = strings.TrimLeft(e[1:], "0")
		if len(e) < 2 {
			e = strings.Repeat("0", 2-len(e)) + e
		}
		return mant + "e" + string(sign) + e
	}
	s := strconv.FormatFloat(x, 'f', -1, 64)
	if !strings.Contains(s, ".") {
		s += ".0"
	}
	return s
}

// fieldScore is one field's row.
type fieldScore struct {
	Precision, Recall, F1    float64
	Gold, Predicted, Matched int
}

// scoreResult is what score.py prints.
type scoreResult struct {
	Articles, RecordsFound int
	Fields                 map[string]fieldScore
	EventDateAccuracy      *float64
	RoleAccuracy           *float64
	MacroF1                float64
}

// score scores recs (by id) against golds; order is the gold files' order.
func score(golds map[string]jsonObj, order []string, recs map[string]jsonObj) scoreResult {
	t := tally{}
	res := scoreResult{Articles: len(golds), Fields: map[string]fieldScore{}}
	for _, id := range order {
		rec, ok := recs[id]
		if ok {
			res.RecordsFound++
		}
		scoreOne(golds[id], rec, t)
	}
	sum := 0.0
	for _, f := range scoreFields {
		c := t[f]
		if c == nil {
			c = []int{0, 0, 0}
		}
		p, r, f1 := scoring.PRF(c[0], c[1], c[2])
		fs := fieldScore{round4(p), round4(r), round4(f1), c[0], c[1], c[2]}
		res.Fields[f] = fs
		sum += fs.F1
	}
	ratio := func(c []int) *float64 {
		if c == nil || c[0] == 0 {
			return nil
		}
		x := round4(float64(c[1]) / float64(c[0]))
		return &x
	}
	res.EventDateAccuracy = ratio(t["event_date"])
	res.RoleAccuracy = ratio(t["roles"])
	res.MacroF1 = round4(sum / float64(len(scoreFields)))
	return res
}

func optRepr(p *float64, none string) string {
	if p == nil {
		return none
	}
	return pyRepr(*p)
}

// table formats res as score.py prints it.
func (res scoreResult) table() string {
	var b strings.Builder
	fmt.Fprintf(&b, "articles %d, records found %d\n", res.Articles, res.RecordsFound)
	fmt.Fprintf(&b, "%-14s%8s%8s%8s%7s%7s%7s\n", "field", "P", "R", "F1", "gold", "pred", "hit")
	for _, f := range scoreFields {
		x := res.Fields[f]
		fmt.Fprintf(&b, "%-14s%8.3f%8.3f%8.3f%7d%7d%7d\n", f, x.Precision, x.Recall, x.F1, x.Gold, x.Predicted, x.Matched)
	}
	fmt.Fprintf(&b, "event date accuracy %s, role accuracy %s\n", optRepr(res.EventDateAccuracy, "None"), optRepr(res.RoleAccuracy, "None"))
	fmt.Fprintf(&b, "macro F1 %s\n", pyRepr(res.MacroF1))
	return b.String()
}

// json formats res as score.py --json prints it (json.dumps, indent 2).
func (res scoreResult) json() string {
	var b strings.Builder
	fmt.Fprintf(&b, "{\n  \"articles\": %d,\n  \"records_found\": %d,\n", res.Articles, res.RecordsFound)
	for _, f := range scoreFields {
		x := res.Fields[f]
		fmt.Fprintf(&b, "  %q: {\n    \"precision\": %s,\n    \"recall\": %s,\n    \"f1\": %s,\n    \"gold\": %d,\n    \"predicted\": %d,\n    \"matched\": %d\n  },\n",
			f, pyRepr(x.Precision), pyRepr(x.Recall), pyRepr(x.F1), x.Gold, x.Predicted, x.Matched)
	}
	fmt.Fprintf(&b, "  \"event_date_accuracy\": %s,\n  \"role_accuracy\": %s,\n  \"macro_f1\": %s\n}\n",
		optRepr(res.EventDateAccuracy, "null"), optRepr(res.RoleAccuracy, "null"), pyRepr(res.MacroF1))
	return b.String()
}
