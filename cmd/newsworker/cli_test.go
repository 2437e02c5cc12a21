package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsworker/newsworker/pipeline"
)

const fixtures = "../../fixtures"

func runMain(t *testing.T, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = dispatch(args, strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

// TestExtract: good files give one record a line; a bad one gives exit
// status 1 and one stderr line naming it, the others still processed.
func TestExtract(t *testing.T) {
	code, out, errs := runMain(t, "",
		"extract", filepath.Join(fixtures, "fr-election.json"), filepath.Join(fixtures, "poison", "no-body.json"),
		filepath.Join(fixtures, "en-summit.txt"))
	if code != 1 {
		t.Errorf("exit status %d, want 1", code)
	}
	lines := strings.Split(strings.TrimSpace(errs), "\n")
	if len(lines) != 1 || !strings.Contains(lines[0], "no-body.json") || !strings.Contains(lines[0], "no_body") {
		t.Errorf("stderr = %q, want one line naming no-body.json and its reason", errs)
	}
	var ids []string
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		var rec pipeline.Record
		if err := json.Unmarshal([]byte(line), &rec); err != nil {
			t.Fatalf("stdout line %q: %v", line, err)
		}
		ids = append(ids, rec.ID)
	}
	if strings.Join(ids, " ") != "fx-fr-election fx-en-summit" {
		t.Errorf("records %v, want fx-fr-election fx-en-summit", ids)
	}
}

func TestExtractStdin(t *testing.T) {
	code, out, errs := runMain(t, `{"id":"s1","text":"Rabat, lundi 13 mai 2024."}`, "extract", "--pretty", "-")
	if code != 0 || !strings.Contains(out, "\n  \"id\": \"s1\"") {
		t.Errorf("exit %d, stdout %q, stderr %q", code, out, errs)
	}
}

// TestRunAndReplay runs the worker on an embedded server over fixtures/,
// then replays them against it with --expect: the records match the
// golden ones; a changed golden record makes replay fail.
func TestRunAndReplay(t *testing.T) {
	emb, err := pipeline.StartEmbedded(pipeline.EmbeddedConfig{StoreDir: t.TempDir()})
	if err != nil {
		t.Fatal(err)
	}
	defer emb.Shutdown()
	code, out, errs := runMain(t, "", "run", "--nats-url", emb.URL(), "--replay", fixtures, "--until-idle", "--print", "--log-level", "error")
	if code != 0 {
		t.Fatalf("run: exit %d\n%s", code, errs)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	golden, _ := filepath.Glob(filepath.Join(fixtures, "golden", "*.json"))
	poison, _ := pipeline.MessageFiles(filepath.Join(fixtures, "poison"))
	want := fmt.Sprintf("processed=%d published=%d dead_lettered=%d", len(golden)+len(poison), len(golden), len(poison))
	if last := lines[len(lines)-1]; last != want {
		t.Errorf("summary %q, want %q", last, want)
	}
	if len(lines)-1 != len(golden) {
		t.Errorf("%d records printed, want %d", len(lines)-1, len(golden))
	}

	// Expected records made here rather than read from fixtures/golden,
	// which follows the extractors (TestFixtures holds it to them).
	expect := t.TempDir()
	good, err := pipeline.MessageFiles(fixtures)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range good {
		if filepath.Base(filepath.Dir(p)) == "poison" {
			continue
		}
		code, out, errs := runMain(t, "", "extract", p)
		if code != 0 {
			t.Fatalf("extract %s: %s", p, errs)
		}
		os.WriteFile(filepath.Join(expect, filepath.Base(p)+".json"), []byte(out), 0o644)
	}
	code, out, errs = runMain(t, "", "replay", fixtures, "--nats-url", emb.URL(), "--expect", expect, "--wait", "10s", "--log-level", "error")
	if code != 0 {
		t.Errorf("replay --expect: exit %d\n%s%s", code, out, errs)
	}

	changed := t.TempDir()
	records, _ := filepath.Glob(filepath.Join(expect, "*.json"))
	for _, p := range records {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		if filepath.Base(p) == "seed.json.json" {
			data = bytes.Replace(data, []byte(`"lang":"ar"`), []byte(`"lang":"fr"`), 1)
		}
		os.WriteFile(filepath.Join(changed, filepath.Base(p)), data, 0o644)
	}
	code, _, errs = runMain(t, "", "replay", fixtures, "--nats-url", emb.URL(), "--expect", changed, "--wait", "5s", "--log-level", "error")
	if code != 1 || !strings.Contains(errs, "differs: seed-000: lang") {
		t.Errorf("replay --expect with a changed record: exit %d, stderr %q", code, errs)
	}
}
