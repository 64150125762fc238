Console.WriteLine("janalyq");
