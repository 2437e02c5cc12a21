package figures

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/newsworker/newsworker/extractors"
)

// w is one expected figure: its span text, value, unit and kind, with
// "~" in opt for approx and a max for ranges.
type w struct {
	text  string
	value float64
	unit  string
	kind  string
	opt   string
	max   float64
}

func money(text string, v float64, cur string) w {
	return w{text: text, value: v, unit: cur, kind: "money"}
}
func pct(text string, v float64) w { return w{text: text, value: v, unit: "percent", kind: "percent"} }
func count(text string, v float64, unit string) w {
	return w{text: text, value: v, unit: unit, kind: "count"}
}
func qty(text string, v float64, unit string) w {
	return w{text: text, value: v, unit: unit, kind: "quantity"}
}
func approx(x w) w            { x.opt = "~"; return x }
func upto(x w, max float64) w { x.max = max; return x }

type tcase struct {
	lang, text string
	want       []w
}

func (x w) String() string {
	s := fmt.Sprintf("%q=%v %s/%s", x.text, x.value, x.unit, x.kind)
	if x.opt != "" {
		s += " ~"
	}
	if x.max != 0 {
		s += fmt.Sprintf(" max=%v", x.max)
	}
	return s
}

func fromFigure(f Figure) w {
	x := w{text: f.Text, value: f.Value, unit: f.Unit, kind: f.Kind}
	if f.Approx {
		x.opt = "~"
	}
	if f.MaxValue != nil {
		x.max = *f.MaxValue
	}
	return x
}

func runTable(t *testing.T, cases []tcase) {
	t.Helper()
	ex := New()
	for i, c := range cases {
		name := fmt.Sprintf("%s/%03d/%s", c.lang, i, shorten(c.text))
		t.Run(name, func(t *testing.T) {
			got := ex.Extract(extractors.NewDocument(c.text, c.lang, time.Time{}), nil)
			var gs, ws []string
			for _, f := range got {
				gs = append(gs, fromFigure(f).String())
			}
			for _, x := range c.want {
				ws = append(ws, x.String())
			}
			if g, wnt := strings.Join(gs, "\n"), strings.Join(ws, "\n"); g != wnt {
				t.Errorf("Extract(%q)\ngot:\n%s\nwant:\n%s", c.text, g, wnt)
			}
		})
	}
}

func shorten(s string) string {
	r := []rune(s)
	if len(r) > 24 {
		r = r[:24]
	}
	return strings.ReplaceAll(string(r), " ", "_")
}
