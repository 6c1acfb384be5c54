package boilerplate

type Profile struct{}

func (cl *cleaner) learned(source string) {}
