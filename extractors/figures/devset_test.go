package figures

import (
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/newsworker/newsworker/extractors"
)

const devsetDir = "../../../shared/devset"

// devFloor is the figures F1 below which the dev-set test fails; it sits a
// little under what the extractor reaches so that regressions show.
const devFloor = 0.95

type goldFigure struct {
	Text  string  `json:"text"`
	Value float64 `json:"value"`
	Unit  string  `json:"unit"`
}

type goldFile struct {
	ID   string `json:"id"`
	Lang string `json:"lang"`
	Text string `json:"text"`
	Gold struct {
		Figures []goldFigure `json:"figures"`
	} `json:"gold"`
}

// scorerCurrencies is the currency list of shared/eval/score.py.
var scorerCurrencies = map[string]bool{}

func init() {
	for _, c := range strings.Fields("USD EUR GBP MAD SAR AED EGP QAR KWD JOD DZD TND LBP IQD SYP OMR BHD YER LYD SDG MRU " +
		"TRY CNY JPY CHF CAD AUD RUB INR XOF XAF ILS IRR PKR") {
		scorerCurrencies[c] = true
	}
}

// figureScore is score.py's figure_score: values within 0.5 %; percent
// must meet percent; money (gold currency or predicted kind money) needs
// the same unit.
func figureScore(g goldFigure, f Figure) float64 {
	gv, pv := g.Value, f.Value
	if gv == 0 {
		if pv != 0 {
			return 0
		}
	} else if math.Abs(pv-gv) > 0.005*math.Abs(gv) {
		return 0
	}
	gu, pu := strings.ToLower(g.Unit), strings.ToLower(f.Unit)
	if gu == "percent" || gu == "%" || pu == "percent" || pu == "%" {
		if (gu == "percent" || gu == "%") && (pu == "percent" || pu == "%") {
			return 1
		}
		return 0
	}
	if scorerCurrencies[strings.ToUpper(gu)] || f.Kind == "money" {
		if gu == pu {
			return 1
		}
		return 0
	}
	return 1
}

// greedyMatch is score.py's greedy: best score first, ties by gold then
// predicted index; each item used once.
func greedyMatch(gold []goldFigure, pred []Figure) [][2]int {
	type cand struct {
		s      float64
		gi, pi int
	}
	var cands []cand
	for gi, g := range gold {
		for pi, p := range pred {
			if s := figureScore(g, p); s > 0 {
				cands = append(cands, cand{s, gi, pi})
			}
		}
	}
	sort.SliceStable(cands, func(a, b int) bool {
		if cands[a].s != cands[b].s {
			return cands[a].s > cands[b].s
		}
		if cands[a].gi != cands[b].gi {
			return cands[a].gi < cands[b].gi
		}
		return cands[a].pi < cands[b].pi
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

func loadDevset(t testing.TB) []goldFile {
	t.Helper()
	paths, _ := filepath.Glob(filepath.Join(devsetDir, "dev-*.json"))
	if len(paths) == 0 {
		t.Skip("../shared/devset absent: dev-set test skipped")
	}
	var out []goldFile
	for _, path := range paths {
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		var g goldFile
		if err := json.Unmarshal(b, &g); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		out = append(out, g)
	}
	return out
}

// TestDevset scores the extractor on the dev set exactly as score.py
// scores the figures field (micro P/R/F1 over all articles).
func TestDevset(t *testing.T) {
	files := loadDevset(t)
	ex := New()
	var nGold, nPred, nHit int
	for _, g := range files {
		// Years and ordinals are left out on both sides, as score.py does.
		var gold []goldFigure
		for _, f := range g.Gold.Figures {
			if u := strings.ToLower(f.Unit); u != "ordinal" && u != "year" {
				gold = append(gold, f)
			}
		}
		pred := ex.Extract(extractors.NewDocument(g.Text, g.Lang, time.Time{}), nil)
		pairs := greedyMatch(gold, pred)
		nGold, nPred, nHit = nGold+len(gold), nPred+len(pred), nHit+len(pairs)
		if testing.Verbose() && (len(pairs) != len(gold) || len(pairs) != len(pred)) {
			matchedG, matchedP := map[int]bool{}, map[int]bool{}
			for _, pr := range pairs {
				matchedG[pr[0]], matchedP[pr[1]] = true, true
			}
			for i, f := range gold {
				if !matchedG[i] {
					t.Logf("%s missed   %q %v %s", g.ID, f.Text, f.Value, f.Unit)
				}
			}
			for i, f := range pred {
				if !matchedP[i] {
					t.Logf("%s spurious %q %v %s %s", g.ID, f.Text, f.Value, f.Unit, f.Kind)
				}
			}
		}
	}
	p, r, f1 := prf(nGold, nPred, nHit)
	t.Logf("figures: P %.3f R %.3f F1 %.3f (gold %d, predicted %d, matched %d)", p, r, f1, nGold, nPred, nHit)
	if f1 < devFloor {
		t.Errorf("figures F1 = %.3f, want >= %.2f", f1, devFloor)
	}
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
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return p, r, f
}
