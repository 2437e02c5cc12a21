package attendees_test

import (
	"strings"
	"testing"
	"time"

	"github.com/newsworker/newsworker/extractors"
	"github.com/newsworker/newsworker/extractors/attendees"
	"github.com/newsworker/newsworker/extractors/places"
	"github.com/newsworker/newsworker/internal/devset"
	"github.com/newsworker/newsworker/internal/score"
)

// Floors a little under the figures measured when this test was written;
// the test fails only when extraction falls below them.
const (
	floorCountries = 0.90
	floorPeople    = 0.92
	floorOrgs      = 0.88
	floorRoles     = 0.90
)

// TestDevset scores Extract on ../shared/devset as score.py does for the
// countries, people, roles and organizations fields.
func TestDevset(t *testing.T) {
	golds := devset.Load(t)
	g := places.Default()
	pe := places.New(g)
	ex := attendees.New(g)
	var countries, people, orgs score.Counts
	roles, rolesOK := 0, 0
	for _, gf := range golds {
		pub, _ := time.Parse("2006-01-02", gf.Published)
		doc := extractors.NewDocument(gf.Text, gf.Lang, pub)
		res := ex.Extract(doc, pe.Extract(doc))

		// countries: set of gold codes against the predicted list
		gset := map[string]bool{}
		for _, c := range gf.Gold.Countries {
			gset[strings.ToUpper(c)] = true
		}
		hit := 0
		var pc []string
		for _, c := range res.Countries {
			pc = append(pc, c.Code)
		}
		seen := map[string]bool{}
		for _, c := range pc {
			if gset[strings.ToUpper(c)] && !seen[c] {
				hit++
				seen[c] = true
			}
		}
		countries.Add(len(gset), len(pc), hit)

		var gnames, pnames []string
		for _, p := range gf.Gold.People {
			gnames = append(gnames, p.Name)
		}
		for _, p := range res.People {
			pnames = append(pnames, p.Name)
		}
		pairs := score.Greedy(len(gnames), len(pnames), func(a, b int) float64 { return score.NamesScore(gnames[a], pnames[b]) })
		people.Add(len(gnames), len(pnames), len(pairs))
		for _, pr := range pairs {
			gr := gf.Gold.People[pr[0]].Role
			if gr == "" {
				continue
			}
			roles++
			if r := res.People[pr[1]].Role; r != "" && score.NamesScore(gr, r) > 0 {
				rolesOK++
			} else if testing.Verbose() {
				t.Logf("%s role: gold %q, got %q", gf.ID, gr, r)
			}
		}
		opairs := score.Greedy(len(gf.Gold.Organizations), len(res.Organizations), func(a, b int) float64 {
			o := res.Organizations[b]
			return score.OrgScore(gf.Gold.Organizations[a], o.Text, o.Name, o.Acronym)
		})
		orgs.Add(len(gf.Gold.Organizations), len(res.Organizations), len(opairs))
		if testing.Verbose() {
			t.Logf("%s countries gold %v got %v", gf.ID, gf.Gold.Countries, pc)
			t.Logf("%s people   gold %v got %v", gf.ID, gnames, peopleWithRoles(res.People))
			var on []string
			for _, o := range res.Organizations {
				on = append(on, o.Text)
			}
			t.Logf("%s orgs     gold %v got %v", gf.ID, gf.Gold.Organizations, on)
		}
	}
	roleAcc := 0.0
	if roles > 0 {
		roleAcc = float64(rolesOK) / float64(roles)
	}
	t.Logf("countries F1 %.3f (gold %d pred %d hit %d)", f1(countries), countries.Gold, countries.Predicted, countries.Matched)
	t.Logf("people    F1 %.3f (gold %d pred %d hit %d)", f1(people), people.Gold, people.Predicted, people.Matched)
	t.Logf("orgs      F1 %.3f (gold %d pred %d hit %d)", f1(orgs), orgs.Gold, orgs.Predicted, orgs.Matched)
	t.Logf("role accuracy %.3f (%d/%d)", roleAcc, rolesOK, roles)
	if f := f1(countries); f < floorCountries {
		t.Errorf("countries F1 %.3f below floor %.2f", f, floorCountries)
	}
	if f := f1(people); f < floorPeople {
		t.Errorf("people F1 %.3f below floor %.2f", f, floorPeople)
	}
	if f := f1(orgs); f < floorOrgs {
		t.Errorf("organizations F1 %.3f below floor %.2f", f, floorOrgs)
	}
	if roleAcc < floorRoles {
		t.Errorf("role accuracy %.3f below floor %.2f", roleAcc, floorRoles)
	}
}

func peopleWithRoles(ps []attendees.Person) []string {
	var out []string
	for _, p := range ps {
		out = append(out, p.Name+" ["+p.Role+"]")
	}
	return out
}

// f1 is the F1 of a field's counts.
func f1(c score.Counts) float64 {
	_, _, f := c.PRF()
	return f
}
