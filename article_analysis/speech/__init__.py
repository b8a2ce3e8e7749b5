"""Who speaks: direct quotations, reported speech, speakers and the people they refer to."""
