package attendees_test

import (
	"testing"

	"github.com/newsworker/newsworker/internal/provenance"
)

// TestProvenance fails while this package holds text copied from the
// third-party articles in ../shared: tests use sentences of our own.
func TestProvenance(t *testing.T) {
	provenance.Check(t, ".")
}
