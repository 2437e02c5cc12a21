//go:build orgdebug

package attendees

import (
	"encoding/json"
	"fmt"
	"os"
	"testing"
	"time"

	"github.com/newsworker/newsworker/extractors"
	"github.com/newsworker/newsworker/extractors/places"
)

func TestOrgDebug(t *testing.T) {
	b, err := os.ReadFile(os.Getenv("ORGDOC"))
	if err != nil {
		t.Skip()
	}
	var d struct{ Text, Lang, Published string }
	json.Unmarshal(b, &d)
	pub, _ := time.Parse("2006-01-02", d.Published)
	doc := extractors.NewDocument(d.Text, d.Lang, pub)
	g := places.Default()
	e := New(g)
	c := newContext(e, doc, places.New(g).Extract(doc))
	c.findOrgs()
	c.findPeople()
	c.findCountries()
	inRole := make([]int, len(c.toks))
	for _, p := range c.people {
		for k := p.rs; k < p.re; k++ {
			inRole[k] = k - p.rs + 1
		}
	}
	for _, r := range c.unnamedRoles {
		for k := r[0]; k < r[1]; k++ {
			inRole[k] = k - r[0] + 1
		}
	}
	for _, h := range c.orgs {
		fmt.Printf("  role=%d officeBeside=%v quote=%v seats=%v elected=%v former=%v inside=%v protocol=%v topic=%v\n", inRole[h.i], c.officeBeside(h), c.inQuote(h.i), c.seatsIn(h), c.elected(h), c.formerBody(h), c.insideUnit(h), c.protocolOffice(h), c.topicBody(h))
		ent := ""
		if h.entry != nil {
			ent = h.entry.Name
		}
		if h.j+1 < len(c.toks) {
			n := &c.toks[h.j]
			fmt.Printf("  next: punct=%q gap=%d word=%v cap=%v upper=%v num=%v len=%d | then punct=%q num=%v\n", n.p, n.s-c.toks[h.j-1].e, n.word(), n.cap, n.upper, n.num, len(n.key), c.toks[h.j+1].p, c.toks[h.j+1].num)
		}
		fmt.Printf("HIT %q ent=%q acr=%q blocked=%v head=%v\n", c.textOf(h.i, h.j), ent, c.textOf(h.ai, h.aj), h.blocked, h.head)
	}
	r := c.result()
	for _, o := range r.Organizations {
		fmt.Printf("OUT %q %q %q\n", o.Text, o.Name, o.Acronym)
	}
}
