package htmltext_test

import (
	"testing"

	"github.com/newsworker/newsworker/internal/provenance"
)

// TestProvenance fails while this package holds text copied from the
// third-party articles in ../shared: tests and golden pages use sentences
// of our own, and the benchmark is read in place.
func TestProvenance(t *testing.T) {
	provenance.Check(t, ".")
}
