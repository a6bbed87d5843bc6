fn file_stem(path: &str) -> &str {
    let normalized = path.replace('\\', "/");
    let name = normalized.rsplit('/').next().unwrap_or("");
    match name.rfind('.') {
        Some(dot) => &name[..dot],
        None => name,
    }
}

fn main() {
    let paths = ["docs/readme.md", "C:\\games\\save1.dat", "notes"];
    for p in paths {
        println!("{} -> {}", p, file_stem(p));
    }
}
