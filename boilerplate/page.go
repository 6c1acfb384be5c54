package boilerplate

func (cl *cleaner) page() {}
