package figures

import (
	"strings"
	"testing"
	"time"

	"github.com/newsworker/newsworker/extractors"
	"github.com/newsworker/newsworker/internal/devset"
	"github.com/newsworker/newsworker/internal/score"
)

// devFloor is the figures F1 below which the dev-set test fails; it sits a
// little under what the extractor reaches so that regressions show.
const devFloor = 0.95

// TestDevset scores the extractor on the dev set exactly as score.py
// scores the figures field (micro P/R/F1 over all articles).
func TestDevset(t *testing.T) {
	files := devset.Load(t)
	ex := New()
	var nGold, nPred, nHit int
	for _, g := range files {
		// Years and ordinals are left out on both sides, as score.py does.
		var gold []devset.Figure
		for _, f := range g.Gold.Figures {
			if u := strings.ToLower(f.Unit); u != "ordinal" && u != "year" {
				gold = append(gold, f)
			}
		}
		pred := ex.Extract(extractors.NewDocument(g.Text, g.Lang, time.Time{}), nil)
		pairs := score.Greedy(len(gold), len(pred), func(gi, pi int) float64 {
			g, p := gold[gi], pred[pi]
			return score.FigureScore(score.Figure{Value: g.Value, Unit: g.Unit}, score.Figure{Value: p.Value, Unit: p.Unit, Kind: p.Kind})
		})
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
	p, r, f1 := score.PRF(nGold, nPred, nHit)
	t.Logf("figures: P %.3f R %.3f F1 %.3f (gold %d, predicted %d, matched %d)", p, r, f1, nGold, nPred, nHit)
	if f1 < devFloor {
		t.Errorf("figures F1 = %.3f, want >= %.2f", f1, devFloor)
	}
}
