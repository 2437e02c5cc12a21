package figures_test

import (
	"fmt"
	"time"

	"github.com/newsworker/newsworker/extractors"
	"github.com/newsworker/newsworker/extractors/figures"
)

func ExampleExtractor_Extract() {
	text := "رصد الصندوق 300 مليون دولار، وشارك في المنتدى نحو 60 دولة، وبلغت نسبة النمو 3.8%."
	doc := extractors.NewDocument(text, "ar", time.Time{})
	for _, f := range figures.New().Extract(doc, nil) {
		fmt.Printf("%s | %v %s %s approx=%v\n", f.Text, f.Value, f.Unit, f.Kind, f.Approx)
	}
	// Output:
	// 300 مليون دولار | 3e+08 USD money approx=false
	// 60 دولة | 60 countries count approx=true
	// 3.8% | 3.8 percent percent approx=false
}
