package htmltext

import (
	"sync"

	"github.com/PuerkitoBio/goquery"
	"github.com/andybalholm/cascadia"
)

// selectors caches compiled CSS selectors. Every selector the package uses
// is a constant, and compiling one costs more than matching it against a
// whole page, so each is compiled once per process.
var selectors sync.Map // string → goquery.Matcher

// find is s.Find(sel) with sel compiled once; an invalid selector matches
// nothing, as in goquery.
func find(s *goquery.Selection, sel string) *goquery.Selection {
	m, ok := selectors.Load(sel)
	if !ok {
		c, err := cascadia.Compile(sel)
		if err != nil {
			return s.FindNodes()
		}
		m, _ = selectors.LoadOrStore(sel, goquery.Matcher(c))
	}
	return s.FindMatcher(m.(goquery.Matcher))
}
