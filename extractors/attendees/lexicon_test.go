package attendees_test

import (
	"regexp"
	"testing"

	"github.com/newsworker/newsworker/extractors/attendees"
)

// TestOrganizationLexicon checks the embedded body lexicon: its size,
// kinds, country codes and that no canonical name is listed twice.
func TestOrganizationLexicon(t *testing.T) {
	orgs, err := attendees.Organizations()
	if err != nil {
		t.Fatal(err)
	}
	if got, want := len(orgs), 400; got < want {
		t.Errorf("len(Organizations()) = %d, want at least %d", got, want)
	}
	kinds := map[string]bool{"un": true, "intl": true, "regional": true, "bank": true, "gov": true,
		"parliament": true, "election": true, "agency": true, "party": true, "company": true,
		"ngo": true, "outlet": true, "armed": true}
	code := regexp.MustCompile(`^[A-Z]{2}$`)
	arabic := regexp.MustCompile(`\p{Arabic}`)
	seen := map[string]bool{}
	withArabic := 0
	for _, o := range orgs {
		if o.Name == "" || len(o.Aliases) == 0 {
			t.Errorf("%+v: no name or no spelling", o)
		}
		if !kinds[o.Kind] {
			t.Errorf("%s: kind %q unknown", o.Name, o.Kind)
		}
		if o.Country != "" && !code.MatchString(o.Country) {
			t.Errorf("%s: country %q is not ISO alpha-2", o.Name, o.Country)
		}
		if seen[o.Name] {
			t.Errorf("%s listed twice", o.Name)
		}
		seen[o.Name] = true
		for _, a := range o.Aliases {
			if arabic.MatchString(a) {
				withArabic++
				break
			}
		}
	}
	if withArabic*10 < len(orgs)*8 {
		t.Errorf("%d of %d bodies have an Arabic spelling, want 80%%", withArabic, len(orgs))
	}
}
