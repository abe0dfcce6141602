window.addEventListener("load",function(){console.log("geladen")});
