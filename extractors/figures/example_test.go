package figures_test

import (
	"fmt"
	"time"

	"github.com/newsworker/newsworker/extractors"
	"github.com/newsworker/newsworker/extractors/figures"
)

func ExampleExtractor_Extract() {
	text := "تعهدت المملكة بتقديم 500 مليون دولار، وشارك في الاجتماع نحو 85 دولة، وبلغت نسبة المشاركة 41%."
	doc := extractors.NewDocument(text, "ar", time.Time{})
	for _, f := range figures.New().Extract(doc, nil) {
		fmt.Printf("%s | %v %s %s approx=%v\n", f.Text, f.Value, f.Unit, f.Kind, f.Approx)
	}
	// Output:
	// 500 مليون دولار | 5e+08 USD money approx=false
	// 85 دولة | 85 countries count approx=true
	// 41% | 41 percent percent approx=false
}
