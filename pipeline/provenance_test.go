package pipeline

import (
	"testing"

	"github.com/newsworker/newsworker/internal/provenance"
)

// TestProvenance: the pipeline's code and the fixtures hold only our own
// writing, and golden records name no dev-set person.
func TestProvenance(t *testing.T) {
	provenance.Check(t, ".")
	provenance.Check(t, fixturesDir)
}
