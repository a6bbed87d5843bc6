fn lookup(names: &Vec<String>, i: usize) -> Result<String, String> {
    let name = names.get(i).cloned().ok_or(String::from("no such name"))?;
    Ok(name)
}

fn main() {
    let names = vec![String::from("Ada"), String::from("Bo")];
    let a = lookup(&names, 0);
    let z = lookup(&names, 9);
    println!("{:?} {:?} {}", a, z, names.len());
    let ok = a.ok();
    println!("{:?}", ok);
}
