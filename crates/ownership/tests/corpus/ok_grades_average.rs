struct GradeBook {
    student: String,
    grades: Vec<u32>,
}

impl GradeBook {
    fn new(student: &str) -> GradeBook {
        GradeBook {
            student: student.to_string(),
            grades: Vec::new(),
        }
    }

    fn record(&mut self, grade: u32) {
        self.grades.push(grade);
    }

    fn average(&self) -> u32 {
        let mut sum = 0;
        for g in &self.grades {
            sum += g;
        }
        sum / self.grades.len() as u32
    }

    fn report(self) -> String {
        format!("{}: {}", self.student, self.average())
    }
}

fn main() {
    let mut book = GradeBook::new("Lin");
    book.record(80);
    book.record(92);
    let line = book.report();
    println!("{line}");
}
