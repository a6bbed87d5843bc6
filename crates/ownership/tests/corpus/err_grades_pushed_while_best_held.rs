struct GradeBook {
    grades: Vec<u32>,
}

impl GradeBook {
    fn best(&self) -> &u32 {
        let mut best = &self.grades[0];
        for g in &self.grades {
            if g > best {
                best = g;
            }
        }
        best
    }

    fn record(&mut self, grade: u32) {
        self.grades.push(grade);
    }
}

fn main() {
    let mut book = GradeBook { grades: vec![70, 85] };
    let best = book.best();
    book.record(90);
    println!("best so far: {best}");
}
