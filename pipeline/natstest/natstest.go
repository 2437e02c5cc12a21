// Package natstest starts embedded NATS JetStream servers for tests: a
// single server (RunServer) and a cluster of several nodes (RunCluster), all
// bound to 127.0.0.1 with their file stores under t.TempDir().
//
// Every server can be stopped and restarted on the same port with the same
// store directory, which is what fault tests need: a client configured with
// the server's URL reconnects to the restarted server and finds its streams,
// consumers and messages again.
//
//	srv := natstest.RunServer(t)
//	nc := srv.Connect(t)                  // closed when the test ends
//	srv.Restart(t)                        // same port, same store
//
//	c := natstest.RunCluster(t, 3)        // three nodes, JetStream meta leader elected
//	nc := c.Connect(t)                    // connects with every node's URL
//	c.Node(1).Shutdown()                  // lose a node
//	c.Node(1).Restart(t)                  // and bring it back
//	msgs := natstest.StreamMsgs(t, nc, "NEWS_ENRICHED") // read a whole stream
//
// Servers are shut down by t.Cleanup. Options can be adjusted before the
// first start with configure functions (authentication, TLS, limits); they
// are applied again on every restart.
//
// The helpers call t.Fatal on failure, so they must be called from the
// goroutine running the test. A Server's methods are not safe for
// concurrent use with one another; the embedded server itself is.
package natstest

import (
	"context"
	"errors"
	"fmt"
	"net"
	"strings"
	"testing"
	"time"

	"github.com/nats-io/nats-server/v2/server"
	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
)

// StartTimeout bounds how long a server may take to accept connections and
// how long a cluster may take to elect its JetStream meta leader.
const StartTimeout = 20 * time.Second

// Configure adjusts a server's options before it starts; it is applied on
// the first start and on every restart.
type Configure func(*server.Options)

// Server is one embedded nats-server with JetStream enabled.
type Server struct {
	// Name is the server name (also the JetStream node name in a cluster).
	Name string
	// StoreDir is the JetStream store directory; it survives Restart.
	StoreDir string
	// Port is the client port; it is fixed after the first start so that
	// a restart listens on the same address.
	Port int

	cluster   *clusterSpec
	configure []Configure
	srv       *server.Server
}

type clusterSpec struct {
	name   string
	port   int
	routes []string
}

// RunServer starts a single JetStream server on 127.0.0.1 with a random
// client port and a store under t.TempDir(). It fails the test if the
// server does not start, and shuts it down when the test ends.
func RunServer(t testing.TB, configure ...Configure) *Server {
	t.Helper()
	s := &Server{
		Name:      "natstest",
		StoreDir:  t.TempDir(),
		Port:      -1,
		configure: configure,
	}
	s.start(t)
	t.Cleanup(s.Shutdown)
	return s
}

// Options returns the options the server is (re)started with. Each call
// builds a fresh value, so the caller may keep or modify it.
func (s *Server) Options() *server.Options {
	o := &server.Options{
		ServerName: s.Name,
		Host:       "127.0.0.1",
		Port:       s.Port,
		JetStream:  true,
		StoreDir:   s.StoreDir,
		NoSigs:     true,
		NoLog:      true,
		// Fault tests restart servers often; small limits keep the
		// embedded servers from reserving the machine's memory and disk.
		JetStreamMaxMemory: 256 << 20,
		JetStreamMaxStore:  2 << 30,
	}
	if c := s.cluster; c != nil {
		o.Cluster = server.ClusterOpts{Name: c.name, Host: "127.0.0.1", Port: c.port}
		o.Routes = server.RoutesFromStr(strings.Join(c.routes, ","))
	}
	for _, f := range s.configure {
		f(o)
	}
	return o
}

func (s *Server) start(t testing.TB) {
	t.Helper()
	srv, err := server.NewServer(s.Options())
	if err != nil {
		t.Fatalf("natstest: new server %s: %v", s.Name, err)
	}
	srv.Start()
	if !srv.ReadyForConnections(StartTimeout) {
		srv.Shutdown()
		t.Fatalf("natstest: server %s not ready within %v", s.Name, StartTimeout)
	}
	s.srv = srv
	if s.Port <= 0 {
		s.Port = srv.Addr().(*net.TCPAddr).Port
	}
}

// URL is the server's client URL, nats://127.0.0.1:PORT. It stays the same
// across restarts.
func (s *Server) URL() string {
	return fmt.Sprintf("nats://127.0.0.1:%d", s.Port)
}

// Server returns the running embedded server, or nil after Shutdown.
func (s *Server) Server() *server.Server { return s.srv }

// Running reports whether the server is started and not shut down.
func (s *Server) Running() bool { return s.srv != nil && s.srv.Running() }

// Shutdown stops the server and waits until it has released its port and
// store. Calling it on a stopped server does nothing.
func (s *Server) Shutdown() {
	if s.srv == nil {
		return
	}
	s.srv.Shutdown()
	s.srv.WaitForShutdown()
	s.srv = nil
}

// Restart shuts the server down if it is running and starts it again on
// the same port with the same store directory and options.
func (s *Server) Restart(t testing.TB) {
	t.Helper()
	s.Shutdown()
	// The port may linger for a moment after shutdown; retry briefly.
	deadline := time.Now().Add(StartTimeout)
	for {
		srv, err := server.NewServer(s.Options())
		if err != nil {
			t.Fatalf("natstest: restart %s: %v", s.Name, err)
		}
		srv.Start()
		if srv.ReadyForConnections(2 * time.Second) {
			s.srv = srv
			return
		}
		srv.Shutdown()
		srv.WaitForShutdown()
		if time.Now().After(deadline) {
			t.Fatalf("natstest: server %s not ready after restart within %v", s.Name, StartTimeout)
		}
	}
}

// Connect opens a client connection to the server with the given options
// (appended to a short connect timeout and unlimited reconnects) and
// closes it when the test ends.
func (s *Server) Connect(t testing.TB, opts ...nats.Option) *nats.Conn {
	t.Helper()
	return connect(t, s.URL(), opts...)
}

func connect(t testing.TB, url string, opts ...nats.Option) *nats.Conn {
	t.Helper()
	base := []nats.Option{
		nats.Timeout(5 * time.Second),
		nats.MaxReconnects(-1),
		nats.ReconnectWait(100 * time.Millisecond),
	}
	nc, err := nats.Connect(url, append(base, opts...)...)
	if err != nil {
		t.Fatalf("natstest: connect %s: %v", url, err)
	}
	t.Cleanup(nc.Close)
	return nc
}

// Cluster is a set of embedded JetStream servers routed to one another on
// 127.0.0.1, forming one JetStream cluster.
type Cluster struct {
	// Name is the cluster name.
	Name  string
	nodes []*Server
}

// RunCluster starts n JetStream servers (n ≥ 1; use 3 for R3 streams)
// forming one cluster, each with its own store under t.TempDir(), and waits
// until the cluster has a JetStream meta leader. The servers are shut down
// when the test ends.
func RunCluster(t testing.TB, n int, configure ...Configure) *Cluster {
	t.Helper()
	if n < 1 {
		t.Fatalf("natstest: cluster of %d nodes", n)
	}
	ports := freePorts(t, 2*n)
	c := &Cluster{Name: "natstest"}
	routes := make([]string, n)
	for i := range n {
		routes[i] = fmt.Sprintf("nats-route://127.0.0.1:%d", ports[n+i])
	}
	for i := range n {
		s := &Server{
			Name:      fmt.Sprintf("n%d", i+1),
			StoreDir:  t.TempDir(),
			Port:      ports[i],
			configure: configure,
			cluster:   &clusterSpec{name: c.Name, port: ports[n+i], routes: routes},
		}
		c.nodes = append(c.nodes, s)
	}
	t.Cleanup(c.Shutdown)
	for _, s := range c.nodes {
		s.start(t)
	}
	c.WaitReady(t)
	return c
}

// freePorts returns n distinct TCP ports that were free on 127.0.0.1 a
// moment ago. Cluster routes must know every node's port before any node
// starts, so the ports cannot be chosen by the servers themselves.
func freePorts(t testing.TB, n int) []int {
	t.Helper()
	ports := make([]int, 0, n)
	var ls []net.Listener
	defer func() {
		for _, l := range ls {
			l.Close()
		}
	}()
	for range n {
		l, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			t.Fatalf("natstest: free port: %v", err)
		}
		ls = append(ls, l)
		ports = append(ports, l.Addr().(*net.TCPAddr).Port)
	}
	return ports
}

// Nodes returns the cluster's servers in order.
func (c *Cluster) Nodes() []*Server { return c.nodes }

// Node returns the i-th server (0-based).
func (c *Cluster) Node(i int) *Server { return c.nodes[i] }

// URLs is every node's client URL, comma-separated, as nats.Connect takes
// it.
func (c *Cluster) URLs() string {
	urls := make([]string, len(c.nodes))
	for i, s := range c.nodes {
		urls[i] = s.URL()
	}
	return strings.Join(urls, ",")
}

// Connect opens a client connection that knows every node's URL, with
// unlimited reconnects, and closes it when the test ends.
func (c *Cluster) Connect(t testing.TB, opts ...nats.Option) *nats.Conn {
	t.Helper()
	return connect(t, c.URLs(), opts...)
}

// Shutdown stops every node.
func (c *Cluster) Shutdown() {
	for _, s := range c.nodes {
		s.Shutdown()
	}
}

// WaitReady waits until the running nodes are routed to one another and
// agree on a JetStream meta leader, failing the test after StartTimeout.
func (c *Cluster) WaitReady(t testing.TB) {
	t.Helper()
	deadline := time.Now().Add(StartTimeout)
	for {
		if c.ready() {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("natstest: cluster %s has no JetStream meta leader within %v", c.Name, StartTimeout)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

func (c *Cluster) ready() bool {
	leaders, running := 0, 0
	for _, s := range c.nodes {
		if !s.Running() {
			continue
		}
		running++
		if s.srv.NumRoutes() < 1 && len(c.nodes) > 1 {
			return false
		}
		if !s.srv.JetStreamIsCurrent() {
			return false
		}
		if s.srv.JetStreamIsLeader() {
			leaders++
		}
	}
	return running > 0 && leaders == 1
}

// MetaLeader returns the index of the node that is the JetStream meta
// leader, or -1 when there is none at the moment.
func (c *Cluster) MetaLeader() int {
	for i, s := range c.nodes {
		if s.Running() && s.srv.JetStreamIsLeader() {
			return i
		}
	}
	return -1
}

// StreamLeader returns the index of the node leading the named stream in
// the global account, or -1 when no running node leads it.
func (c *Cluster) StreamLeader(stream string) int {
	for i, s := range c.nodes {
		if s.Running() && s.srv.JetStreamIsStreamLeader(server.DEFAULT_GLOBAL_ACCOUNT, stream) {
			return i
		}
	}
	return -1
}

// WaitStreamLeader waits until a running node leads the named stream and
// returns its index, failing the test after StartTimeout.
func (c *Cluster) WaitStreamLeader(t testing.TB, stream string) int {
	t.Helper()
	deadline := time.Now().Add(StartTimeout)
	for {
		if i := c.StreamLeader(stream); i >= 0 {
			return i
		}
		if time.Now().After(deadline) {
			t.Fatalf("natstest: stream %s has no leader within %v", stream, StartTimeout)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// StreamMsgs returns every message stored in the named stream, in order,
// read with an ordered consumer over nc. It fails the test when the stream
// cannot be read within StartTimeout.
func StreamMsgs(t testing.TB, nc *nats.Conn, stream string) []jetstream.Msg {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), StartTimeout)
	defer cancel()
	js, err := jetstream.New(nc)
	if err != nil {
		t.Fatalf("natstest: jetstream: %v", err)
	}
	st, err := js.Stream(ctx, stream)
	if err != nil {
		t.Fatalf("natstest: stream %s: %v", stream, err)
	}
	info, err := st.Info(ctx)
	if err != nil {
		t.Fatalf("natstest: stream %s info: %v", stream, err)
	}
	want := int(info.State.Msgs)
	if want == 0 {
		return nil
	}
	cons, err := st.OrderedConsumer(ctx, jetstream.OrderedConsumerConfig{})
	if err != nil {
		t.Fatalf("natstest: ordered consumer on %s: %v", stream, err)
	}
	msgs := make([]jetstream.Msg, 0, want)
	for len(msgs) < want {
		batch, err := cons.Fetch(min(want-len(msgs), 500), jetstream.FetchMaxWait(2*time.Second))
		if err != nil {
			t.Fatalf("natstest: fetch %s: %v", stream, err)
		}
		n := len(msgs)
		for m := range batch.Messages() {
			msgs = append(msgs, m)
		}
		if err := batch.Error(); err != nil && !errors.Is(err, nats.ErrTimeout) {
			t.Fatalf("natstest: fetch %s: %v", stream, err)
		}
		if len(msgs) == n && ctx.Err() != nil {
			t.Fatalf("natstest: read %d of the %d messages of %s", len(msgs), want, stream)
		}
	}
	return msgs
}

// StreamLen is the number of messages in the named stream, or -1 when the
// stream cannot be read at the moment (missing, or no leader). It suits
// polling loops.
func StreamLen(nc *nats.Conn, stream string) int {
	js, err := jetstream.New(nc)
	if err != nil {
		return -1
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	st, err := js.Stream(ctx, stream)
	if err != nil {
		return -1
	}
	info, err := st.Info(ctx)
	if err != nil {
		return -1
	}
	return int(info.State.Msgs)
}
