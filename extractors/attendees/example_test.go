package attendees_test

import (
	"fmt"
	"time"

	"github.com/newsworker/newsworker/extractors"
	"github.com/newsworker/newsworker/extractors/attendees"
	"github.com/newsworker/newsworker/extractors/places"
)

func Example() {
	g := places.Default()
	pe, ex := places.New(g), attendees.New(g)
	text := "يشارك المغرب في الاجتماع الوزاري بالرياض، ويمثله سفير المملكة لدى الرياض، يوسف العلمي. " +
		"كما يشارك الاتحاد الأوروبي وحلف شمال الأطلسي “الناتو”، فيما تناول الاجتماع تطورات الأوضاع في ليبيا."
	doc := extractors.NewDocument(text, "ar", time.Date(2023, 6, 8, 0, 0, 0, 0, time.UTC))
	r := ex.Extract(doc, pe.Extract(doc))
	for _, c := range r.Countries {
		fmt.Println("country:", c.Code, c.Name)
	}
	for _, p := range r.People {
		fmt.Printf("person: %s (%s)\n", p.Name, p.Role)
	}
	for _, o := range r.Organizations {
		fmt.Printf("organization: %s = %s %s\n", o.Text, o.Name, o.Acronym)
	}
	// Output:
	// country: MA Morocco
	// country: SA Saudi Arabia
	// person: يوسف العلمي (سفير المملكة لدى الرياض)
	// organization: الاتحاد الأوروبي = European Union EU
	// organization: حلف شمال الأطلسي = NATO الناتو
	// organization: الناتو = NATO الناتو
}
