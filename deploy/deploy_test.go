// Package deploy holds no code: it tests the deployment files beside it
// (Dockerfile, docker-compose.yml, k8s/*.yaml, nats/nats.conf) against the
// binary they deploy and against one another, since no container engine or
// cluster is needed to catch a renamed flag, a probe on the wrong port or a
// grace period shorter than a drain.
package deploy

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/nats-io/nats-server/v2/server"
	"gopkg.in/yaml.v3"
)

// binary holds the flags and environment variables of `newsworker run`,
// read once from its --help output.
type binary struct {
	path     string
	flags    map[string]bool   // "nats-url", …
	envs     map[string]bool   // "NEWSWORKER_NATS_URL", "NATS_URL", …
	defaults map[string]string // environment variable → the flag's default, when printed
}

var (
	buildOnce sync.Once
	buildDir  string // removed by TestMain
	built     *binary
	buildErr  error
)

func TestMain(m *testing.M) {
	code := m.Run()
	if buildDir != "" {
		_ = os.RemoveAll(buildDir)
	}
	os.Exit(code)
}

// helpFlag and helpEnv match the lines `newsworker run --help` prints for
// each flag (cmd/newsworker/flags.go):
//
//	--nats-url string
//	    NATS server URLs … (env NEWSWORKER_NATS_URL or NATS_URL) [default …]
var (
	helpFlag = regexp.MustCompile(`(?m)^\s+--([a-z0-9][a-z0-9-]*)\b`)
	helpEnv  = regexp.MustCompile(`\(env ([A-Z0-9_]+)(?: or ([A-Z0-9_]+))?\)(?: \[default ([^\]]*)\])?`)
)

// newsworker builds cmd/newsworker into a temporary directory and reads
// its run flags. The build is shared by the tests of one run.
func newsworker(t *testing.T) *binary {
	t.Helper()
	buildOnce.Do(func() {
		dir, err := os.MkdirTemp("", "newsworker-deploy-test")
		if err != nil {
			buildErr = err
			return
		}
		buildDir = dir
		b := &binary{path: filepath.Join(dir, "newsworker"), flags: map[string]bool{}, envs: map[string]bool{},
			defaults: map[string]string{}}
		cmd := exec.Command("go", "build", "-o", b.path, "../cmd/newsworker")
		if out, err := cmd.CombinedOutput(); err != nil {
			buildErr = fmt.Errorf("go build ../cmd/newsworker: %v\n%s", err, out)
			return
		}
		help, err := b.run(nil, "run", "--help")
		if err != nil {
			buildErr = fmt.Errorf("newsworker run --help: %v\n%s", err, help)
			return
		}
		for _, m := range helpFlag.FindAllStringSubmatch(help, -1) {
			b.flags[m[1]] = true
		}
		for _, m := range helpEnv.FindAllStringSubmatch(help, -1) {
			b.envs[m[1]] = true
			b.defaults[m[1]] = m[3]
			if m[2] != "" {
				b.envs[m[2]] = true
			}
		}
		if len(b.flags) < 5 || len(b.envs) < len(b.flags) {
			buildErr = fmt.Errorf("newsworker run --help: read %d flags and %d environment variables, "+
				"expected every flag with its (env …):\n%s", len(b.flags), len(b.envs), help)
			return
		}
		built = b
	})
	if buildErr != nil {
		t.Fatal(buildErr)
	}
	return built
}

// run runs the binary with args and only env (plus PATH and HOME) in its
// environment, so that the test's own environment cannot change the
// defaults, and returns its combined output.
func (b *binary) run(env map[string]string, args ...string) (string, error) {
	cmd := exec.Command(b.path, args...)
	cmd.Env = []string{"PATH=" + os.Getenv("PATH"), "HOME=" + os.TempDir()}
	for _, k := range slices.Sorted(maps.Keys(env)) {
		cmd.Env = append(cmd.Env, k+"="+env[k])
	}
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	done := make(chan error, 1)
	if err := cmd.Start(); err != nil {
		return "", err
	}
	go func() { done <- cmd.Wait() }()
	select {
	case err := <-done:
		return out.String(), err
	case <-time.After(30 * time.Second):
		_ = cmd.Process.Kill()
		return out.String(), errors.New("did not exit within 30s")
	}
}

// manifest is one YAML document of a file under deploy/.
type manifest struct {
	file string
	doc  map[string]any
}

// manifests parses every YAML file under deploy/ (all documents of each)
// with gopkg.in/yaml.v3, failing the test on any parse error.
func manifests(t *testing.T) []manifest {
	t.Helper()
	var all []manifest
	files := 0
	err := filepath.WalkDir(".", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		if ext := filepath.Ext(path); ext != ".yaml" && ext != ".yml" {
			return nil
		}
		files++
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		dec := yaml.NewDecoder(bytes.NewReader(data))
		for i := 0; ; i++ {
			var doc map[string]any
			err := dec.Decode(&doc)
			if errors.Is(err, io.EOF) {
				break
			}
			if err != nil {
				return fmt.Errorf("%s: document %d: %w", path, i+1, err)
			}
			if doc != nil {
				all = append(all, manifest{path, doc})
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if files < 4 {
		t.Fatalf("found %d YAML files under deploy/, expected docker-compose.yml and k8s/*.yaml", files)
	}
	return all
}

// workerContainer is what a manifest sets for one newsworker process.
type workerContainer struct {
	where string            // file and path inside it
	env   map[string]string // literal values; "" when taken from a secret or field
	args  []string
}

// workers finds every container of the newsworker image in the manifests:
// Kubernetes containers (image …newsworker…) and compose services (built
// from deploy/Dockerfile or of a newsworker image).
func workers(t *testing.T, ms []manifest) []workerContainer {
	t.Helper()
	var out []workerContainer
	for _, m := range ms {
		walk(m.doc, m.file, func(path string, node map[string]any) {
			image, _ := node["image"].(string)
			_, builds := node["build"]
			if !strings.Contains(image, "newsworker") && !builds {
				return
			}
			if strings.HasPrefix(path, m.file+".x-") {
				return // a compose extension (anchor), checked where it is used
			}
			w := workerContainer{where: path, env: map[string]string{}}
			// Kubernetes: env: [{name, value | valueFrom}]
			if list, ok := node["env"].([]any); ok {
				for _, e := range list {
					e, _ := e.(map[string]any)
					name, _ := e["name"].(string)
					if name == "" {
						t.Errorf("%s: env entry without a name: %v", path, e)
						continue
					}
					w.env[name] = scalar(e["value"])
				}
			}
			// Compose: environment: {K: V} or [K=V]
			switch env := node["environment"].(type) {
			case map[string]any:
				for k, v := range env {
					w.env[k] = scalar(v)
				}
			case []any:
				for _, kv := range env {
					k, v, _ := strings.Cut(scalar(kv), "=")
					w.env[k] = v
				}
			}
			for _, key := range []string{"command", "args"} {
				switch c := node[key].(type) {
				case []any:
					for _, a := range c {
						w.args = append(w.args, scalar(a))
					}
				case string:
					w.args = append(w.args, strings.Fields(c)...)
				}
			}
			out = append(out, w)
		})
	}
	return out
}

// walk calls fn for every map in the tree v, with a dotted path to it.
func walk(v any, path string, fn func(path string, node map[string]any)) {
	switch v := v.(type) {
	case map[string]any:
		fn(path, v)
		for _, k := range slices.Sorted(maps.Keys(v)) {
			walk(v[k], path+"."+k, fn)
		}
	case []any:
		for i, e := range v {
			walk(e, fmt.Sprintf("%s[%d]", path, i), fn)
		}
	}
}

// scalar renders a YAML scalar as the string a process would receive.
func scalar(v any) string {
	switch v := v.(type) {
	case nil:
		return ""
	case string:
		return v
	default:
		return fmt.Sprint(v)
	}
}

// composeDefault resolves compose interpolation ${VAR:-default} and
// ${VAR-default} to the default, and ${VAR} to "".
var composeVar = regexp.MustCompile(`\$\{[A-Za-z_][A-Za-z0-9_]*(?::?-([^}]*))?\}`)

func composeDefault(s string) string {
	return composeVar.ReplaceAllString(s, "$1")
}

// runtimeEnv are variables the manifests may set for the Go runtime rather
// than for newsworker's flags.
var runtimeEnv = map[string]bool{"GOMEMLIMIT": true, "GOMAXPROCS": true, "GOGC": true, "TZ": true}

// Every flag and environment variable that the manifests (and the
// Dockerfile) give the worker exists in `newsworker run`, and the binary
// accepts the values: it starts with that environment and prints its help
// instead of failing on an unknown or invalid setting.
func TestManifestsUseExistingFlags(t *testing.T) {
	b := newsworker(t)
	ms := manifests(t)
	ws := workers(t, ms)
	var compose, kube int
	for _, w := range ws {
		if strings.HasPrefix(w.where, "docker-compose") {
			compose++
		} else {
			kube++
		}
	}
	if compose < 2 || kube < 1 {
		t.Fatalf("found %d compose workers and %d Kubernetes worker containers; want ≥ 2 and ≥ 1", compose, kube)
	}
	for _, w := range ws {
		t.Run(w.where, func(t *testing.T) {
			if len(w.args) > 0 && w.args[0] != "run" {
				t.Errorf("worker command %q: want the run subcommand first", w.args)
			}
			for _, a := range w.args {
				if !strings.HasPrefix(a, "-") {
					continue
				}
				name, _, _ := strings.Cut(strings.TrimLeft(a, "-"), "=")
				if !b.flags[name] {
					t.Errorf("flag %s is not a flag of newsworker run", a)
				}
			}
			env := map[string]string{}
			for k, v := range w.env {
				switch {
				case runtimeEnv[k]:
					continue
				case !b.envs[k]:
					t.Errorf("environment %s is not read by newsworker run", k)
					continue
				}
				env[k] = composeDefault(v)
				if env[k] == "" {
					env[k] = placeholder(k)
				}
			}
			if out, err := b.run(env, append(slices.Clone(w.args[min(1, len(w.args)):]), "--help")...); err != nil ||
				!strings.Contains(out, "--") {
				t.Errorf("newsworker run --help with this environment: %v\n%s", err, out)
			}
		})
	}

	// Any NEWSWORKER_ variable anywhere (a misplaced one too) must exist.
	reported := map[string]bool{}
	for _, m := range ms {
		walk(m.doc, m.file, func(path string, node map[string]any) {
			for k, v := range node {
				name := k
				if k == "name" {
					name = scalar(v)
				}
				if strings.HasPrefix(name, "NEWSWORKER_") && !b.envs[name] && !reported[name] {
					reported[name] = true
					t.Errorf("%s: %s is not read by newsworker run", path, name)
				}
			}
		})
	}
	for _, env := range dockerfileEnv(t) {
		if !b.envs[env] {
			t.Errorf("Dockerfile: ENV %s is not read by newsworker run", env)
		}
	}
}

// placeholder is a valid value for a variable whose manifest value comes
// from a secret or the downward API.
func placeholder(env string) string {
	return "secret-from-" + strings.ToLower(env)
}

// dockerfileEnv returns the variable names the Dockerfile's ENV lines set.
func dockerfileEnv(t *testing.T) []string {
	t.Helper()
	data, err := os.ReadFile("Dockerfile")
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for line := range strings.Lines(string(data)) {
		f := strings.Fields(line)
		if len(f) < 2 || f[0] != "ENV" {
			continue
		}
		for _, kv := range f[1:] {
			k, _, _ := strings.Cut(kv, "=")
			names = append(names, k)
		}
	}
	return names
}

// The Dockerfile builds the command statically in one stage and runs it
// as a non-root user in another.
func TestDockerfile(t *testing.T) {
	data, err := os.ReadFile("Dockerfile")
	if err != nil {
		t.Fatal(err)
	}
	df := string(data)
	var stages, user []string
	for line := range strings.Lines(df) {
		f := strings.Fields(line)
		if len(f) >= 2 && f[0] == "FROM" {
			stages = append(stages, f[1])
		}
		if len(f) >= 2 && f[0] == "USER" {
			user = append(user, f[1])
		}
	}
	if len(stages) < 2 {
		t.Errorf("Dockerfile has %d stages, want a build stage and a runtime stage", len(stages))
	}
	if !strings.Contains(df, "CGO_ENABLED=0") {
		t.Error("Dockerfile does not build with CGO_ENABLED=0 (static binary)")
	}
	if len(user) == 0 {
		t.Error("Dockerfile sets no USER: the image would run as root")
	} else if u := user[len(user)-1]; u == "root" || u == "0" || strings.HasPrefix(u, "0:") {
		t.Errorf("Dockerfile's last USER is %s, want a non-root user", u)
	}
	m := regexp.MustCompile(`go build [^\n]*?(\./cmd/[a-z]+)`).FindStringSubmatch(strings.ReplaceAll(df, "\\\n", " "))
	if m == nil {
		t.Fatal("Dockerfile has no `go build … ./cmd/…`")
	}
	if _, err := os.Stat(filepath.Join("..", m[1], "main.go")); err != nil {
		t.Errorf("Dockerfile builds %s: %v", m[1], err)
	}
}

// The compose file runs three NATS nodes from nats/nats.conf, each with a
// distinct server name and every variable the configuration reads, and at
// least two workers on one durable.
func TestCompose(t *testing.T) {
	b := newsworker(t)
	var compose map[string]any
	for _, m := range manifests(t) {
		if m.file == "docker-compose.yml" {
			compose = m.doc
		}
	}
	if compose == nil {
		t.Fatal("no docker-compose.yml")
	}
	services, _ := compose["services"].(map[string]any)
	conf, err := os.ReadFile(natsConf)
	if err != nil {
		t.Fatal(err)
	}
	confVars := map[string]bool{}
	for line := range strings.Lines(string(conf)) {
		line, _, _ = strings.Cut(line, "#")
		for _, m := range regexp.MustCompile(`\$([A-Z_][A-Z0-9_]*)`).FindAllStringSubmatch(line, -1) {
			confVars[m[1]] = true
		}
	}
	if len(confVars) == 0 {
		t.Fatalf("%s reads no variable; expected at least SERVER_NAME", natsConf)
	}
	names := map[string]bool{}
	durables := map[string]bool{}
	var nodes, ws int
	for _, svcName := range slices.Sorted(maps.Keys(services)) {
		svc, _ := services[svcName].(map[string]any)
		image, _ := svc["image"].(string)
		env, _ := svc["environment"].(map[string]any)
		switch {
		case strings.HasPrefix(image, "nats:"):
			nodes++
			name := scalar(env["SERVER_NAME"])
			if name == "" || names[name] {
				t.Errorf("service %s: SERVER_NAME %q missing or not unique", svcName, name)
			}
			names[name] = true
			for v := range confVars {
				if _, ok := env[v]; !ok {
					t.Errorf("service %s: %s reads $%s, which the service's environment lacks", svcName, natsConf, v)
				}
			}
			mounted := false
			for _, vol := range svc["volumes"].([]any) {
				src, _, _ := strings.Cut(scalar(vol), ":")
				if filepath.Clean(src) == filepath.Clean(natsConf) {
					mounted = true
				}
			}
			if !mounted {
				t.Errorf("service %s does not mount %s", svcName, natsConf)
			}
		case strings.Contains(image, "newsworker"):
			ws++
			durables[scalar(env["NEWSWORKER_DURABLE"])] = true
			if env["NATS_URL"] == nil || strings.Count(scalar(env["NATS_URL"]), "nats://") < 3 {
				t.Errorf("service %s: NATS_URL %q should list the three nodes", svcName, env["NATS_URL"])
			}
			checkGrace(t, b, "service "+svcName+" stop_grace_period", scalar(svc["stop_grace_period"]), env)
		}
	}
	if nodes != 3 {
		t.Errorf("compose runs %d NATS nodes, want 3", nodes)
	}
	if ws < 2 || len(durables) != 1 {
		t.Errorf("compose runs %d workers on durables %v, want ≥ 2 on one durable", ws, slices.Collect(maps.Keys(durables)))
	}
}

// settleMargin is the time, beyond one message's processing, that a
// stopping worker needs to drain its connection and exit.
const settleMargin = 10 * time.Second

// checkGrace fails unless grace (a duration, or seconds when a bare number)
// exceeds the longest time a stopping worker with this environment may take:
// a message in flight settles within --timeout + --publish-timeout (the
// binary's defaults when the environment does not set them), then the
// connection drains (settleMargin).
func checkGrace(t *testing.T, b *binary, what, grace string, env map[string]any) {
	t.Helper()
	g, err := time.ParseDuration(grace)
	if err != nil {
		n, err2 := strconv.Atoi(grace)
		if err2 != nil {
			t.Errorf("%s = %q: not a duration", what, grace)
			return
		}
		g = time.Duration(n) * time.Second
	}
	need := settleMargin
	for _, name := range []string{"NEWSWORKER_TIMEOUT", "NEWSWORKER_PUBLISH_TIMEOUT"} {
		v := scalar(env[name])
		if v == "" {
			v = b.defaults[name]
		}
		d, err := time.ParseDuration(v)
		if err != nil {
			t.Errorf("%s=%q (or the flag's default): %v", name, v, err)
			return
		}
		need += d
	}
	if g <= need {
		t.Errorf("%s = %v, not longer than a stopping worker may take (%v)", what, g, need)
	}
}

// orDefault returns v, or def when v is empty.
func orDefault(v, def string) string {
	if v == "" {
		return def
	}
	return v
}

// kinds indexes the Kubernetes objects of the manifests by kind.
func kinds(t *testing.T) map[string][]map[string]any {
	t.Helper()
	out := map[string][]map[string]any{}
	for _, m := range manifests(t) {
		if kind, ok := m.doc["kind"].(string); ok {
			out[kind] = append(out[kind], m.doc)
		}
	}
	return out
}

// get follows keys (map keys, or list indexes as ints) into v.
func get(v any, keys ...any) any {
	for _, k := range keys {
		switch k := k.(type) {
		case string:
			m, _ := v.(map[string]any)
			v = m[k]
		case int:
			l, _ := v.([]any)
			if k >= len(l) {
				return nil
			}
			v = l[k]
		}
	}
	return v
}

// selects reports whether every label of selector is in labels.
func selects(selector, labels any) bool {
	sel, _ := selector.(map[string]any)
	lab, _ := labels.(map[string]any)
	if len(sel) == 0 {
		return false
	}
	for k, v := range sel {
		if lab[k] != v {
			return false
		}
	}
	return true
}

// The Kubernetes objects fit together: probes on the metrics port the
// worker listens on, a grace period longer than the drain, a disruption
// budget, a Service and a ServiceMonitor that select the worker's pods.
func TestKubernetes(t *testing.T) {
	b := newsworker(t)
	k := kinds(t)
	if len(k["Deployment"]) != 1 {
		t.Fatalf("%d Deployments, want 1", len(k["Deployment"]))
	}
	dep := k["Deployment"][0]
	podLabels := get(dep, "spec", "template", "metadata", "labels")
	if !selects(get(dep, "spec", "selector", "matchLabels"), podLabels) {
		t.Error("Deployment selector does not match its pod labels")
	}
	if r, _ := get(dep, "spec", "replicas").(int); r < 2 {
		t.Errorf("Deployment replicas = %d, want ≥ 2 sharing the durable", r)
	}
	c := get(dep, "spec", "template", "spec", "containers", 0)
	env := map[string]any{}
	for _, e := range get(c, "env").([]any) {
		env[scalar(get(e, "name"))] = get(e, "value")
	}
	_, port, ok := strings.Cut(scalar(env["NEWSWORKER_METRICS_ADDR"]), ":")
	if !ok {
		t.Fatalf("NEWSWORKER_METRICS_ADDR = %q, want host:port", env["NEWSWORKER_METRICS_ADDR"])
	}
	ports := map[string]string{} // name → containerPort
	for _, p := range get(c, "ports").([]any) {
		ports[scalar(get(p, "name"))] = scalar(get(p, "containerPort"))
	}
	for _, probe := range []struct{ key, path string }{
		{"readinessProbe", "/readyz"}, {"livenessProbe", "/healthz"}, {"startupProbe", "/healthz"},
	} {
		if got := scalar(get(c, probe.key, "httpGet", "path")); got != probe.path {
			t.Errorf("%s path = %q, want %q", probe.key, got, probe.path)
		}
		p := scalar(get(c, probe.key, "httpGet", "port"))
		if named, ok := ports[p]; ok {
			p = named
		}
		if p != port {
			t.Errorf("%s port %s, but the worker listens on %s", probe.key, p, port)
		}
	}
	// The consumer's MaxAckPending is shared by every replica: below
	// replicas × concurrency some replicas would sit idle.
	replicas, _ := get(dep, "spec", "replicas").(int)
	conc, err := strconv.Atoi(orDefault(scalar(env["NEWSWORKER_CONCURRENCY"]), b.defaults["NEWSWORKER_CONCURRENCY"]))
	if err != nil {
		t.Fatalf("concurrency: %v", err)
	}
	mapending, err := strconv.Atoi(orDefault(scalar(env["NEWSWORKER_MAX_ACK_PENDING"]), "0"))
	if err != nil {
		t.Fatalf("max ack pending: %v", err)
	}
	if mapending == 0 {
		mapending = 4 * conc // the worker's default
	}
	if mapending < replicas*conc {
		t.Errorf("max ack pending %d < %d replicas × concurrency %d: replicas would wait for one another",
			mapending, replicas, conc)
	}
	checkGrace(t, b, "terminationGracePeriodSeconds", scalar(get(dep, "spec", "template", "spec", "terminationGracePeriodSeconds")), env)
	for _, r := range []string{"requests", "limits"} {
		if get(c, "resources", r) == nil {
			t.Errorf("container has no resources.%s", r)
		}
	}
	if get(dep, "spec", "template", "spec", "securityContext", "runAsNonRoot") != true {
		t.Error("pod securityContext.runAsNonRoot is not true")
	}

	if len(k["PodDisruptionBudget"]) != 1 || !selects(get(k["PodDisruptionBudget"][0], "spec", "selector", "matchLabels"), podLabels) {
		t.Error("want one PodDisruptionBudget selecting the worker's pods")
	}
	var svc map[string]any
	for _, s := range k["Service"] {
		if selects(get(s, "spec", "selector"), podLabels) {
			svc = s
		}
	}
	if svc == nil {
		t.Fatal("no Service selects the worker's pods")
	}
	if len(k["ServiceMonitor"]) != 1 {
		t.Fatalf("%d ServiceMonitors, want 1", len(k["ServiceMonitor"]))
	}
	sm := k["ServiceMonitor"][0]
	if !selects(get(sm, "spec", "selector", "matchLabels"), get(svc, "metadata", "labels")) {
		t.Error("the ServiceMonitor does not select the worker's Service")
	}
	smPort := scalar(get(sm, "spec", "endpoints", 0, "port"))
	found := false
	for _, p := range get(svc, "spec", "ports").([]any) {
		if scalar(get(p, "name")) == smPort {
			found = true
		}
	}
	if !found {
		t.Errorf("ServiceMonitor scrapes port %q, which the Service does not name", smPort)
	}
	if got := scalar(get(sm, "spec", "endpoints", 0, "path")); got != "/metrics" {
		t.Errorf("ServiceMonitor path = %q, want /metrics", got)
	}
}

// The NATS Helm chart values ask for a three-node JetStream cluster on file
// storage.
func TestNATSHelmValues(t *testing.T) {
	var values map[string]any
	for _, m := range manifests(t) {
		if filepath.Base(m.file) == "nats-values.yaml" {
			values = m.doc
		}
	}
	if values == nil {
		t.Fatal("no k8s/nats-values.yaml")
	}
	for _, c := range []struct {
		keys []any
		want any
	}{
		{[]any{"config", "cluster", "enabled"}, true},
		{[]any{"config", "cluster", "replicas"}, 3},
		{[]any{"config", "jetstream", "enabled"}, true},
		{[]any{"config", "jetstream", "fileStore", "enabled"}, true},
		{[]any{"config", "jetstream", "fileStore", "pvc", "enabled"}, true},
	} {
		if got := get(values, c.keys...); got != c.want {
			t.Errorf("%v = %v, want %v", c.keys, got, c.want)
		}
	}
	checkChartMerge(t, values)
}

// chartRaw matches a chart value written "<< … >>", which the chart renders
// unquoted into nats.conf.
var chartRaw = regexp.MustCompile(`"<< (.*?) >>"`)

// checkChartMerge renders the NATS configuration the values merge into the
// chart's nats.conf (config.merge and config.jetstream.merge) as the chart
// does, JSON with "<< … >>" values unquoted, and loads it with the NATS
// server's parser, with the variables it reads set.
func checkChartMerge(t *testing.T, values map[string]any) {
	t.Helper()
	merge, _ := get(values, "config", "merge").(map[string]any)
	jsMerge, _ := get(values, "config", "jetstream", "merge").(map[string]any)
	if merge == nil || jsMerge == nil {
		t.Fatal("nats-values.yaml: no config.merge or config.jetstream.merge")
	}
	conf := maps.Clone(merge)
	conf["server_name"] = "chart-test"
	js := maps.Clone(jsMerge)
	js["store_dir"] = t.TempDir()
	conf["jetstream"] = js
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(conf); err != nil {
		t.Fatal(err)
	}
	if m := regexp.MustCompile(`"\$[A-Za-z_]\w*"`).Find(buf.Bytes()); m != nil {
		t.Errorf("nats-values.yaml: %s would be rendered quoted, as a literal string; write << %s >>",
			m, bytes.Trim(m, `"`))
	}
	rendered := chartRaw.ReplaceAll(buf.Bytes(), []byte("$1"))
	for _, m := range regexp.MustCompile(`\$([A-Z_][A-Z0-9_]*)`).FindAllSubmatch(rendered, -1) {
		t.Setenv(string(m[1]), "chart-test-secret")
		if get(values, "container", "env", string(m[1])) == nil {
			t.Errorf("nats-values.yaml: the config reads $%s, which container.env does not set", m[1])
		}
	}
	path := filepath.Join(t.TempDir(), "nats.conf")
	if err := os.WriteFile(path, rendered, 0o600); err != nil {
		t.Fatal(err)
	}
	o, err := server.ProcessConfigFile(path)
	if err != nil {
		t.Fatalf("the chart's config from nats-values.yaml does not load: %v\n%s", err, rendered)
	}
	if o.SystemAccount != "SYS" || len(o.Users) < 2 || o.MaxPayload != 8<<20 || !o.JetStream {
		t.Errorf("chart config: system account %q, %d users, max_payload %d, jetstream %v",
			o.SystemAccount, len(o.Users), o.MaxPayload, o.JetStream)
	}
}
