package boilerplate_test

import (
	"bytes"
	"fmt"

	"github.com/copyedit/copyedit/boilerplate"
)

func ExampleRemover_Clean() {
	r, err := boilerplate.New(boilerplate.Options{})
	if err != nil {
		panic(err)
	}
	res := r.Clean(" date 2025-03-16 Your support keeps our newsroom open. Please consider a donation. Donate now " +
		"The ferry will run again on Monday, the operator said.\n\n" +
		"Engineers finished repairs to the pier at the weekend after a month of work.\n")
	fmt.Print(res.Text)
	fmt.Println(res.Meta["date"])
	for _, e := range res.Edits {
		fmt.Printf("%s %q\n", e.Rule, e.Before)
	}
	// Output:
	// The ferry will run again on Monday, the operator said.
	//
	// Engineers finished repairs to the pier at the weekend after a month of work.
	// 2025-03-16
	// date " date 2025-03-16 "
	// appeal "Your support keeps our newsroom open. Please consider a donation. Donate now "
}

func ExampleLearner() {
	l := boilerplate.NewLearner(boilerplate.Options{})
	stories := []string{"the ferry timetable", "the pier repairs", "the winter fares", "the new harbour master"}
	for _, s := range stories {
		l.Add(boilerplate.SourceOf("https://www.courier.example/news/1"),
			"Get the Courier's evening briefing on your phone every weekday.\n\n"+
				"This story is about "+s+" and nothing else at all.\n")
	}
	var file bytes.Buffer
	if _, err := l.Profile().WriteTo(&file); err != nil {
		panic(err)
	}
	p, err := boilerplate.ReadProfile(&file)
	if err != nil {
		panic(err)
	}
	r, err := boilerplate.New(boilerplate.Options{MaxRemoved: 0.9})
	if err != nil {
		panic(err)
	}
	res := r.WithProfile(p).CleanSource("courier.example",
		"Get the Courier's evening briefing on your phone every weekday.\n\nThe ferry runs late on Fridays.\n")
	fmt.Print(res.Text)
	fmt.Println(p.Sources())
	// Output:
	// The ferry runs late on Fridays.
	// [courier.example]
}
