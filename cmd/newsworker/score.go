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

	"golang.org/x/text/unicode/norm"
)

// This file is the Go port of ../shared/eval/score.py (see the contract's
// scoring.md). It works on generic JSON values, as the reference does, so
// that both give the same figures on the same files; TestScoreMatchesPython
// checks it.

var scoreFields = []string{"dates", "locations", "countries", "people", "organizations", "figures"}

var currencies = map[string]bool{}

func init() {
	for _, c := range strings.Fields("USD EUR GBP MAD SAR AED EGP QAR KWD JOD DZD TND LBP IQD SYP OMR BHD YER LYD SDG MRU " +
		"TRY CNY JPY CHF CAD AUD RUB INR XOF XAF ILS IRR PKR") {
		currencies[c] = true
	}
}

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

var arMap = map[rune]rune{'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ى': 'ي', 'ة': 'ه', 'ؤ': 'و', 'ئ': 'ي', 'ـ': -1}

// isPyWord is Python's \w on str minus '_': letters and numbers.
func isPyWord(r rune) bool {
	return r != '_' && (unicode.IsLetter(r) || unicode.IsNumber(r))
}

// normTokens is score.py's norm: the tokens of a name.
func normTokens(s string) []string {
	s = strings.ToLower(norm.NFKC.String(s))
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		if r < 0x600 && unicode.Is(unicode.Mn, r) {
			continue
		}
		b.WriteRune(r)
	}
	s = norm.NFC.String(b.String())
	b.Reset()
	for _, r := range s {
		if (r >= 0x064B && r <= 0x065F) || r == 0x0670 {
			continue
		}
		if m, ok := arMap[r]; ok {
			if m < 0 {
				continue
			}
			r = m
		}
		b.WriteRune(r)
	}
	toks := strings.FieldsFunc(b.String(), func(r rune) bool { return !isPyWord(r) })
	for i, t := range toks {
		toks[i] = stripProclitic(t)
	}
	return toks
}

// stripProclitic: و/ب/ف/ك + ال → ال; لل → ال.
func stripProclitic(t string) string {
	r := []rune(t)
	if len(r) > 4 && strings.ContainsRune("وبفك", r[0]) && string(r[1:3]) == "ال" {
		return string(r[1:])
	}
	if len(r) > 3 && strings.HasPrefix(t, "لل") {
		return "ال" + string(r[2:])
	}
	return t
}

func nameOverlap(a, b string) float64 {
	ta, tb := normTokens(a), normTokens(b)
	if len(ta) == 0 || len(tb) == 0 {
		return 0
	}
	short, long := ta, tb
	if len(ta) > len(tb) {
		short, long = tb, ta
	}
	for i := 0; i+len(short) <= len(long); i++ {
		if reflect.DeepEqual(long[i:i+len(short)], short) {
			return 1
		}
	}
	sa, sb := set(ta), set(tb)
	inter := 0
	for t := range sa {
		if sb[t] {
			inter++
		}
	}
	return float64(inter) / float64(max(len(sa), len(sb)))
}

func set(ts []string) map[string]bool {
	m := make(map[string]bool, len(ts))
	for _, t := range ts {
		m[t] = true
	}
	return m
}

func namesScore(a, b string) float64 {
	if s := nameOverlap(a, b); s >= 0.5 {
		return s
	}
	return 0
}

// greedy matches each gold item to at most one predicted item, best score
// first, ties by gold then predicted index; it returns the pairs.
func greedy(gold, pred []any, score func(g, p any) float64) [][2]int {
	type cand struct {
		s      float64
		gi, pi int
	}
	var cands []cand
	for gi, g := range gold {
		for pi, p := range pred {
			if s := score(g, p); s > 0 {
				cands = append(cands, cand{s, gi, pi})
			}
		}
	}
	sort.SliceStable(cands, func(i, j int) bool {
		a, b := cands[i], cands[j]
		if a.s != b.s {
			return a.s > b.s
		}
		if a.gi != b.gi {
			return a.gi < b.gi
		}
		return a.pi < b.pi
	})
	usedG, usedP := map[int]bool{}, map[int]bool{}
	var pairs [][2]int
	for _, c := range cands {
		if usedG[c.gi] || usedP[c.pi] {
			continue
		}
		usedG[c.gi], usedP[c.pi] = true, true
		pairs = append(pairs, [2]int{c.gi, c.pi})
	}
	return pairs
}

func placeScore(gv, pv any) float64 {
	g, p := obj(gv), obj(pv)
	gc, pc := strings.ToUpper(str(g["country"])), strings.ToUpper(str(p["country"]))
	kind := str(p["kind"])
	if truthy(g["city"]) {
		if (kind == "city" || kind == "site" || kind == "region") && pc == gc &&
			reflect.DeepEqual(normTokens(str(p["name"])), normTokens(str(g["city"]))) {
			return 1
		}
		return 0
	}
	if kind == "country" && pc == gc {
		return 1
	}
	return 0
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
	var ok bool
	if gx == 0 {
		ok = px == 0
	} else {
		ok = math.Abs(px-gx) <= 0.005*math.Abs(gx)
	}
	if !ok {
		return 0
	}
	gu, pu := strings.ToLower(str(g["unit"])), strings.ToLower(str(p["unit"]))
	isPct := func(u string) bool { return u == "percent" || u == "%" }
	if isPct(gu) || isPct(pu) {
		if isPct(gu) && isPct(pu) {
			return 1
		}
		return 0
	}
	if currencies[strings.ToUpper(gu)] || str(p["kind"]) == "money" {
		if gu == pu {
			return 1
		}
		return 0
	}
	return 1
}

func orgScore(gv, pv any) float64 {
	p := obj(pv)
	best := 0.0
	for _, key := range []string{"text", "name", "acronym"} {
		if truthy(p[key]) {
			best = math.Max(best, namesScore(str(gv), str(p[key])))
		}
	}
	return best
}

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

func prf(nGold, nPred, tp int) (p, r, f float64) {
	switch {
	case nPred > 0:
		p = float64(tp) / float64(nPred)
	case nGold == 0:
		p = 1
	}
	r = 1
	if nGold > 0 {
		r = float64(tp) / float64(nGold)
	}
	if p+r != 0 {
		f = 2 * p * r / (p + r)
	}
	return p, r, f
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
		p, r, f1 := prf(c[0], c[1], c[2])
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
