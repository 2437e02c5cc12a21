package main

import (
	"errors"
	"io"
)

func runCmd(args []string, stdout, stderr io.Writer) error {
	return errors.New("run: not available yet")
}

func replayCmd(args []string, stdout, stderr io.Writer) error {
	return errors.New("replay: not available yet")
}
