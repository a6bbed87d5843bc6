struct Recipe {
    name: String,
    steps: Vec<String>,
}

fn first_word_of_last_step(recipe: &Recipe) -> Option<&str> {
    let last = recipe.steps.last()?;
    let word = last.split_whitespace().next()?;
    Some(word)
}

fn step_count_of(recipes: &[Recipe], name: &str) -> Option<usize> {
    let r = recipes.iter().find(|r| r.name == name)?;
    Some(r.steps.len())
}

fn main() {
    let book = vec![
        Recipe {
            name: String::from("pancakes"),
            steps: vec![String::from("mix flour and eggs"), String::from("fry in butter")],
        },
        Recipe { name: String::from("water"), steps: vec![] },
    ];
    for r in &book {
        match first_word_of_last_step(r) {
            Some(w) => println!("{} ends with '{}'", r.name, w),
            None => println!("{} has no steps", r.name),
        }
    }
    println!("{:?}", step_count_of(&book, "pancakes"));
    println!("{:?}", step_count_of(&book, "soup"));
}
