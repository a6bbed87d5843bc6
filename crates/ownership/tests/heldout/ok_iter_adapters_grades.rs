fn main() {
    let names = ["ana", "ben", "cy", "dana", "eli", "fay"];
    let grades = [88, 64, 91, 73, 55, 99];

    let report: Vec<String> = names
        .iter()
        .zip(grades.iter())
        .enumerate()
        .map(|(i, (n, g))| format!("{}. {} {}", i + 1, n, g))
        .collect();
    report.iter().for_each(|line| println!("{}", line));

    let passed = grades.iter().filter(|&&g| g >= 60).count();
    let total: u32 = grades.iter().sum();
    let best = grades.iter().max().unwrap();
    let worst = grades.iter().min().unwrap();
    println!("passed {} of {}, avg {:.1}, best {}, worst {}", passed, grades.len(), total as f64 / grades.len() as f64, best, worst);

    let top_two: Vec<&str> = names.iter().rev().take(2).copied().collect();
    let middle: Vec<&&str> = names.iter().skip(2).take(2).collect();
    println!("last two reversed {:?}, middle {:?}", top_two, middle);

    let curve = grades.iter().map(|g| (g + 5).min(100)).fold(0, |acc, g| acc + g);
    println!("curved total {}", curve);
    let all_positive = grades.iter().all(|&g| g > 0);
    let any_perfect = grades.iter().any(|&g| g == 100);
    let first_a = names.iter().zip(grades).find(|(_, g)| *g >= 90).map(|(n, _)| *n);
    println!("{} {} {:?}", all_positive, any_perfect, first_a);
    let everyone: Vec<&str> = names.iter().chain(["gus", "hal"].iter()).copied().collect();
    println!("{}", everyone.join(","));
}
